package vn.dangvu.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.dangvu.DangVuApplication;
import vn.dangvu.security.internal.audit.AuditVerifier;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.TestClock;

/**
 * Backup and restore (issue 10 point 6, docs/operations.md): the database is backed up the documented way, restored
 * into a fresh database, and the application started on the copy. Every table holds the same rows (compared through a
 * digest of each table's rows, the session tables apart), the audit chain verifies on the copy, and the statistics the
 * copy serves equal the original's.
 */
abstract class BackupRoundTripScenarios extends PlatformTestBase {

    @Autowired
    DataSource dataSource;

    /** Sessions and login attempts change with every log-in, including this test's own. */
    private static final Set<String> VOLATILE = Set.of("spring_session", "spring_session_attributes", "login_attempt");

    /**
     * Backs up the test database and restores the backup into a fresh one.
     *
     * @return the JDBC URL of the restored database
     */
    abstract String backupAndRestore() throws Exception;

    abstract String user();

    abstract String password();

    @Test
    void theApplicationStartsOnARestoredBackupWithTheSameData() throws Exception {
        long root = staffScopeRoot();
        JsonNode statistics = loggedIn("tochuc")
                .get("/api/v1/org-units/" + root + "/statistics")
                .json();
        String source = jdbcUrl();
        Map<String, String> before = digests(source);

        String restored = backupAndRestore();

        assertThat(digests(restored)).as("every table, row for row").isEqualTo(before);
        assertThat(before).containsKeys("member", "member_event", "org_stat", "audit_entry", "flyway_schema_history");
        // as arguments, so that they win over the test profile's own database and demo settings
        try (ConfigurableApplicationContext copy = new SpringApplicationBuilder(
                        DangVuApplication.class, TestClock.Config.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + restored,
                        "--spring.datasource.username=" + user(),
                        "--spring.datasource.password=" + password(),
                        "--server.port=0",
                        "--dangvu.demo.enabled=false")) {
            try (Connection c = copy.getBean(DataSource.class).getConnection()) {
                assertThat(c.getMetaData().getURL())
                        .as("the copy runs on the restored database")
                        .startsWith(restored.split(";")[0]);
            }
            AuditVerifier.Verdict verdict = copy.getBean(AuditVerifier.class).verify();
            assertThat(verdict.valid()).as("the audit chain of the copy").isTrue();
            assertThat(verdict.checked()).isPositive();
            int port = ((WebServerApplicationContext) copy).getWebServer().getPort();
            ApiClient staff = new ApiClient(port);
            assertThat(staff.login("tochuc", DEMO_PASSWORD).status()).isEqualTo(200);
            assertThat(staff.get("/api/v1/org-units/" + root + "/statistics").json())
                    .as("the statistics served by the copy")
                    .isEqualTo(statistics);
        }
    }

    String jdbcUrl() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        }
    }

    /** A SHA-256 of each table's rows, each row written out as text, sorted. */
    Map<String, String> digests(String url) throws SQLException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user(), password())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            for (String table : tables) {
                if (VOLATILE.contains(table)) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            row.append(
                                            value instanceof byte[] bytes
                                                    ? HexFormat.of().formatHex(bytes)
                                                    : value)
                                    .append('\u001f');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
                digests.put(table, rows.size() + ":" + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return digests;
    }
}
