package vn.dangvu.support;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The whole application on a random port with the TINY demo city; subclasses on PostgreSQL override the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
public abstract class PlatformTestBase {

    public static final String DEMO_PASSWORD = "demo-2026";
    public static final String ADMIN_PASSWORD = "admin-test-pass-1";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    protected ApiClient client() {
        return new ApiClient(port);
    }

    protected ApiClient loggedIn(String username) {
        ApiClient client = client();
        ApiClient.Response response = client.login(username, "admin".equals(username) ? ADMIN_PASSWORD : DEMO_PASSWORD);
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.body());
        }
        return client;
    }

    /** The cell of the demo cell secretary. */
    protected long secretaryCell() {
        return jdbc.sql("""
                        SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                         WHERE a.username = 'bithu' AND r.role = 'CELL_SECRETARY'""").query(Long.class).single();
    }

    /** A plain member (member role only) of the secretary's cell: their card number is their login. */
    protected String plainMemberLogin() {
        return jdbc.sql("""
                        SELECT a.username FROM account a JOIN member m ON m.id = a.member_id
                         WHERE m.org_unit_id = :cell AND a.username <> 'bithu' AND m.status = 'OFFICIAL'
                         ORDER BY a.username LIMIT 1""").param("cell", secretaryCell()).query(String.class).single();
    }

    protected UUID memberOutside(long cellId) {
        return jdbc.sql("SELECT id FROM member WHERE org_unit_id <> :cell ORDER BY id LIMIT 1")
                .param("cell", cellId)
                .query(UUID.class)
                .single();
    }

    protected long parentOf(long unitId) {
        return jdbc.sql("SELECT parent_id FROM org_unit WHERE id = :id")
                .param("id", unitId)
                .query(Long.class)
                .single();
    }

    protected String pathOf(long unitId) {
        return jdbc.sql("SELECT path FROM org_unit WHERE id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }

    /** The city root: the unit of the city organisation department's scope. */
    protected long cityRoot() {
        return jdbc.sql("""
                        SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                         WHERE a.username = 'bantochuc' AND r.role = 'CITY_ORGANISATION'""").query(Long.class).single();
    }

    /** How many rows the table holds. */
    protected long rowsOf(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** The root of the demo organisation staff member's scope. */
    protected long staffScopeRoot() {
        return jdbc.sql("""
                        SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                         WHERE a.username = 'tochuc' AND r.role = 'ORG_STAFF'""").query(Long.class).single();
    }

    /** A unit of the given kind outside the subtree at {@code path}. */
    protected long unitOutside(String path, String kind) {
        return jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind = :kind AND path NOT LIKE :prefix ORDER BY id LIMIT 1""")
                .param("kind", kind)
                .param("prefix", path + "%")
                .query(Long.class)
                .single();
    }

    /** A unit of the given kind inside the subtree at {@code path}. */
    protected long unitInside(String path, String kind) {
        return jdbc.sql("SELECT id FROM org_unit WHERE kind = :kind AND path LIKE :prefix ORDER BY id LIMIT 1")
                .param("kind", kind)
                .param("prefix", path + "%")
                .query(Long.class)
                .single();
    }
}
