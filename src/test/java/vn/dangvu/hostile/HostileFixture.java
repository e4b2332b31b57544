package vn.dangvu.hostile;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.support.ApiClient;

/**
 * What the lists of hostile writes may use to set up the records their writes need (a meeting to cancel, a conference
 * to add a draft to): the demo accounts' sessions, the database and the demo tree.
 */
interface HostileFixture {

    /** The logged-in session of a demo account ({@code member}: a plain member of the secretary's cell). */
    ApiClient session(String who);

    JdbcClient jdbc();

    /** The demo cell secretary's cell. */
    long secretaryCell();

    /** The root of the demo organisation staff member's scope. */
    long staffScopeRoot();

    /** The city root, the scope of the city's departments. */
    long cityRoot();

    /** A unit of the kind inside the staff member's scope. */
    long unitInStaffScope(String kind);

    /** A number not used before in this run (for codes that must be unique). */
    int freshNumber();
}
