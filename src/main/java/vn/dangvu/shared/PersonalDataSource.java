package vn.dangvu.shared;

import java.util.List;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/**
 * Port through which each module names what it holds about members, for the member's own copy of their data (the data
 * subject's right of access, Nghị định 13/2023/NĐ-CP Art. 14) and for the committee's export of the personal data it
 * controls (issue 10 point 7). Both exports run every source's queries, so a module that starts keeping personal data
 * adds a source and the exports follow.
 */
public interface PersonalDataSource {

    /** The module's kinds of records about a member, in the order they should be read. */
    List<PersonalDataQuery> queries();
}
