package vn.dangvu.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the local PostgreSQL for one test context. When no server is reachable the suite is skipped
 * with the reason printed, unless {@code -Ddangvu.require-postgres=true} (set by {@code .ci/run}) turns the skip into
 * a failure. Connection: {@code DANGVU_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@code DANGVU_TEST_PG_USER}/{@code DANGVU_TEST_PG_PASSWORD} (default {@code dangvu_test}); the role needs CREATEDB.
 */
public final class PostgresTestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());

    private PostgresTestDatabase() {}

    public static String adminUrl() {
        return env("DANGVU_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    public static String user() {
        return env("DANGVU_TEST_PG_USER", "dangvu_test");
    }

    public static String password() {
        return env("DANGVU_TEST_PG_PASSWORD", "dangvu_test");
    }

    public static boolean required() {
        return Boolean.getBoolean("dangvu.require-postgres");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Creates a new empty database and answers its JDBC URL, or skips (fails when required) if PostgreSQL is absent. */
    public static String create() {
        String name = "dangvu_t" + RUN + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            String reason = "PostgreSQL not reachable at " + adminUrl() + " as " + user() + ": " + e.getMessage();
            if (required()) {
                throw new IllegalStateException(reason + " (required by -Ddangvu.require-postgres=true)", e);
            }
            System.out.println("SKIPPED PostgreSQL suite: " + reason);
            Assumptions.abort(reason);
        }
        String admin = adminUrl();
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }
}
