package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dangvu.DangVuApplication;
import vn.dangvu.security.internal.audit.AuditVerifier;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.PostgresTestDatabase;
import vn.dangvu.support.TestClock;

/**
 * PostgreSQL restarted during a write load (issue 10 point 2). The application runs on a database of its own, reached
 * through a {@link DatabaseProxy}; writer threads register candidates over HTTP as the cell secretary. Then the
 * database "restarts" as the application sees it: the proxy resets every connection and refuses new ones, and the
 * database's backends are terminated, until every writer has seen the outage; then it accepts again. Every write
 * answered 201 must be in the database afterwards, every failed write must be a 503 {@code
 * server.database-unavailable} in Vietnamese within a bounded time, and every writer must succeed again with the same
 * session, the application untouched, its audit chain intact.
 */
@ExtendWith(PostgresTestDatabase.Availability.class)
class DatabaseRestartPostgresIntegrationTests {

    private static final int WRITERS = 4;
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    /** Two waits for a connection (the request's and the session's, {@code DB_CONNECTION_TIMEOUT} 5 s) and margin. */
    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(20);

    /** One write and how it was answered; times from {@link System#nanoTime()}. */
    record Outcome(int writer, long sentAt, long answeredAt, int status, String code, String body, String memberId) {
        boolean acknowledged() {
            return status == 201;
        }
    }

    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private volatile boolean writing = true;
    private volatile long cutAt = Long.MAX_VALUE;
    private volatile long resumedAt = Long.MAX_VALUE;

    @Test
    void acknowledgedWritesSurviveARestartAndThePoolRecoversByItself() throws Exception {
        String databaseUrl = PostgresTestDatabase.create();
        String database = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
        URI server = URI.create(PostgresTestDatabase.adminUrl().substring("jdbc:".length()));
        try (DatabaseProxy proxy = DatabaseProxy.to(server.getHost(), server.getPort());
                ConfigurableApplicationContext app = new SpringApplicationBuilder(
                                DangVuApplication.class, TestClock.Config.class)
                        .profiles("test")
                        // as arguments, so that they win over the test profile's own database
                        .run(
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                                "--server.port=0",
                                // as in production: the dated totals' catch-up after a write's commit runs on its own
                                // thread (the test profile runs it in the request, which would wait a second time
                                // for a connection during the outage)
                                "--dangvu.reports.dated-totals-in-background=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            long cell = secretaryCell(databaseUrl);
            long membersBefore = memberCount(databaseUrl);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                ApiClient client = new ApiClient(port);
                assertThat(client.login("bithu", PlatformTestBase.DEMO_PASSWORD).status())
                        .isEqualTo(200);
                int writer = w;
                writers.add(pool.submit(() -> write(writer, client, cell)));
            }
            try {
                awaitEveryWriter("writes acknowledged before the restart", o -> o.acknowledged(), 3);

                cutAt = System.nanoTime();
                proxy.cut();
                int terminated = terminateBackends(database);
                awaitEveryWriter("writes refused during the outage", o -> !o.acknowledged() && o.sentAt() > cutAt, 1);

                resumedAt = System.nanoTime();
                proxy.resume();
                awaitEveryWriter(
                        "writes acknowledged after the restart", o -> o.sentAt() > resumedAt && o.acknowledged(), 3);
                System.out.printf(
                        "Database restart: %d backends terminated, %d connections refused by the proxy%n",
                        terminated, proxy.refused());
            } finally {
                writing = false;
                pool.shutdown();
                assertThat(pool.awaitTermination(LONGEST_ANSWER.toSeconds() * 2, TimeUnit.SECONDS))
                        .as("the writers stop")
                        .isTrue();
            }
            for (Future<?> writer : writers) {
                writer.get();
            }

            assertEveryAcknowledgedWriteIsStored(databaseUrl, membersBefore);
            assertEveryFailureIsACleanProblem();
            AuditVerifier.Verdict verdict = app.getBean(AuditVerifier.class).verify();
            assertThat(verdict.valid())
                    .as("the audit chain, first broken %s", verdict.firstBrokenSeq())
                    .isTrue();
        }
    }

    private void write(int writer, ApiClient client, long cell) {
        while (writing) {
            long sentAt = System.nanoTime();
            try {
                ApiClient.Response response = client.post(
                        "/api/v1/members",
                        "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + cell + ",\"fullName\":\"Nguyễn Văn Tải Thử\","
                                + "\"sex\":\"M\",\"birthDate\":\"2000-01-01\",\"ethnicity\":\"KINH\","
                                + "\"effectiveDate\":\"2026-01-05\"}");
                boolean created = response.status() == 201;
                boolean problem = response.contentType().startsWith("application/problem+json");
                outcomes.add(new Outcome(
                        writer,
                        sentAt,
                        System.nanoTime(),
                        response.status(),
                        problem ? response.code() : "",
                        response.body(),
                        created ? response.json().path("id").asString() : ""));
            } catch (RuntimeException noUsableAnswer) {
                // the connection ended without an answer, or the answer was not what it claims: recorded, so that the
                // checks below name it
                outcomes.add(new Outcome(writer, sentAt, System.nanoTime(), 0, "", noUsableAnswer.toString(), ""));
            }
        }
    }

    /** Waits, up to a deadline, until every writer has at least {@code count} outcomes that match. */
    private void awaitEveryWriter(String what, java.util.function.Predicate<Outcome> match, int count)
            throws InterruptedException {
        BooleanSupplier reached = () -> {
            int[] seen = new int[WRITERS];
            outcomes.stream().filter(match).forEach(o -> seen[o.writer()]++);
            for (int n : seen) {
                if (n < count) {
                    return false;
                }
            }
            return true;
        };
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!reached.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("%s: %d per writer within %s; so far %s", what, count, DEADLINE, summary())
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void assertEveryAcknowledgedWriteIsStored(String databaseUrl, long membersBefore) throws SQLException {
        List<String> acknowledged = outcomes.stream()
                .filter(Outcome::acknowledged)
                .map(Outcome::memberId)
                .toList();
        Set<String> found = new HashSet<>();
        try (Connection c = DriverManager.getConnection(
                        databaseUrl, PostgresTestDatabase.user(), PostgresTestDatabase.password());
                PreparedStatement s = c.prepareStatement("SELECT id::text FROM member WHERE id::text = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", acknowledged.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        System.out.printf(
                "Database restart: %d writes sent, %d acknowledged, %d stored, %d refused%n",
                outcomes.size(),
                acknowledged.size(),
                memberCount(databaseUrl) - membersBefore,
                outcomes.stream().filter(o -> !o.acknowledged()).count());
        assertThat(acknowledged).as("every acknowledged write is stored").containsExactlyInAnyOrderElementsOf(found);
        assertThat(memberCount(databaseUrl) - membersBefore)
                .as("writes stored, at least the acknowledged ones")
                .isGreaterThanOrEqualTo(acknowledged.size());
    }

    private void assertEveryFailureIsACleanProblem() {
        List<Outcome> failures =
                outcomes.stream().filter(o -> !o.acknowledged()).toList();
        assertThat(failures).isNotEmpty();
        for (Outcome failure : failures) {
            assertThat(failure.status()).as(failure.body()).isEqualTo(503);
            assertThat(failure.code()).as(failure.body()).isEqualTo("server.database-unavailable");
            assertThat(failure.body())
                    .contains("Tạm thời không kết nối được cơ sở dữ liệu")
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("SQL", "Hikari", "postgres", "127.0.0.1");
        }
        assertThat(outcomes)
                .as("within the outage nothing is acknowledged")
                .noneMatch(o -> o.acknowledged() && o.sentAt() > cutAt && o.answeredAt() < resumedAt);
        long longest = outcomes.stream()
                .mapToLong(o -> o.answeredAt() - o.sentAt())
                .max()
                .orElseThrow();
        System.out.printf(
                "Database restart: longest answer %d ms%n",
                Duration.ofNanos(longest).toMillis());
        assertThat(Duration.ofNanos(longest)).as("no write hangs").isLessThan(LONGEST_ANSWER);
    }

    private String summary() {
        StringBuilder summary = new StringBuilder();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            List<Outcome> own =
                    outcomes.stream().filter(o -> o.writer() == writer).toList();
            summary.append("\nwriter ")
                    .append(writer)
                    .append(": ")
                    .append(own.size())
                    .append(" answers, last ")
                    .append(
                            own.isEmpty()
                                    ? "none"
                                    : own.get(own.size() - 1).status() + " "
                                            + own.get(own.size() - 1).body());
        }
        return summary.toString();
    }

    /** What PostgreSQL does to the sessions of a database it restarts; answers how many there were. */
    private static int terminateBackends(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        PostgresTestDatabase.adminUrl(), PostgresTestDatabase.user(), PostgresTestDatabase.password());
                PreparedStatement s = c.prepareStatement("""
                        SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
                         WHERE datname = ? AND pid <> pg_backend_pid()""")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long memberCount(String databaseUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        databaseUrl, PostgresTestDatabase.user(), PostgresTestDatabase.password());
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM member");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long secretaryCell(String databaseUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        databaseUrl, PostgresTestDatabase.user(), PostgresTestDatabase.password());
                PreparedStatement s = c.prepareStatement("""
                        SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                         WHERE a.username = 'bithu' AND r.role = 'CELL_SECRETARY'""");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
