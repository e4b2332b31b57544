package vn.dangvu.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

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

    /** Creates a new empty database and answers its JDBC URL. */
    public static String create() {
        String name = "dangvu_t" + RUN + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + adminUrl(), e);
        }
        String admin = adminUrl();
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }

    /** Why PostgreSQL cannot be used, or {@code null} when it can. */
    static synchronized String unavailableBecause() {
        if (probed == null) {
            try (Connection c = DriverManager.getConnection(adminUrl(), user(), password())) {
                probed = "";
            } catch (SQLException e) {
                probed = "PostgreSQL not reachable at " + adminUrl() + " as " + user() + ": " + e.getMessage();
            }
        }
        return probed.isEmpty() ? null : probed;
    }

    private static String probed;

    /** Skips a suite when PostgreSQL is absent, or fails it when PostgreSQL is required. */
    public static final class Availability implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = unavailableBecause();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable");
            }
            if (required()) {
                throw new IllegalStateException(reason + " (required by -Ddangvu.require-postgres=true)");
            }
            System.out.println("SKIPPED PostgreSQL suite " + context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    /** Points the application context at a fresh PostgreSQL database. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + create(),
                            "spring.datasource.username=" + user(),
                            "spring.datasource.password=" + password())
                    .applyTo(context);
        }
    }
}
