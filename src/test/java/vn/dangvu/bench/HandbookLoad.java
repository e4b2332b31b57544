package vn.dangvu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load on a running application (issue 5, point 5): logs in {@code bench.users} members of the database (each
 * with a session of their own), then keeps that many requests in flight — each member asks again as soon as answered
 * — for {@code bench.seconds} after {@code bench.warmup} seconds, first on the handbook's start screen
 * ({@code GET /api/v1/handbook/home}), then on the same-run baseline, the framework's trivial endpoint
 * ({@code GET /actuator/health/liveness}) with the same sessions. Prints throughput and latency percentiles as
 * Markdown. Then the same two calls in an open loop at {@code bench.rates} requests a second spread over the same
 * sessions (members who open the app and read, rather than reload without pause). Then the check-in at the start of the monthly meeting: {@code bench.checkins} members (logged in first)
 * check themselves in at once, {@code bench.users} at a time, and the database is asked afterwards whether every
 * check-in was kept. Members are those of {@code bench/handbook-fill.sql}: login {@code 7} + the member's number on 9
 * digits. Not a test: run by {@code bench/handbook.sh}.
 */
public final class HandbookLoad {

    private final BenchClient client;
    private final HttpClient http;
    private final String base;

    private HandbookLoad(String base) {
        this.client = new BenchClient(base);
        this.http = client.http;
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.base", "http://127.0.0.1:8095");
        int users = Integer.getInteger("bench.users", 500);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup", 10);
        HandbookLoad load = new HandbookLoad(base);
        int checkins = Integer.getInteger("bench.checkins", 5000);
        // spread over the city, away from the first members, whose cells meet now
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            logins.add(login(checkins + 1 + (long) i * (500_000 - checkins - 1) / users));
        }
        long started = System.nanoTime();
        List<Map<String, String>> sessions = load.logIn(logins, System.getProperty("bench.password", "demo-2026"));
        System.out.printf("logged in %d members in %.1f s%n", sessions.size(), (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println("| Call | Concurrent members | Requests | Throughput | p50 | p95 | p99 | Errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        System.out.println(load.run("`GET /api/v1/handbook/home`", "/api/v1/handbook/home", sessions, warmup, seconds));
        System.out.println(load.run(
                "baseline `GET /actuator/health/liveness`", "/actuator/health/liveness", sessions, warmup, seconds));
        for (String rate : System.getProperty("bench.rates", "100,200").split(",")) {
            int perSecond = Integer.parseInt(rate.strip());
            System.out.println(load.paced(
                    "`GET /api/v1/handbook/home` at " + perSecond + " req/s",
                    "/api/v1/handbook/home",
                    sessions,
                    perSecond,
                    seconds));
            System.out.println(load.paced(
                    "baseline at " + perSecond + " req/s", "/actuator/health/liveness", sessions, perSecond, seconds));
        }
        System.out.println();
        load.checkIns(checkins, users, System.getProperty("bench.password", "demo-2026"));
    }

    static String login(long member) {
        return "7" + String.format("%09d", member);
    }

    /** The first {@code count} members check themselves in to their cell's meeting, {@code parallel} at a time. */
    void checkIns(int count, int parallel, String password) throws Exception {
        Map<String, String> meetingOf = meetingsOf(count);
        List<String> logins = new ArrayList<>(meetingOf.keySet());
        long started = System.nanoTime();
        List<Map<String, String>> sessions = logIn(logins, password);
        System.out.printf(
                "logged in %d members for the check-in in %.1f s%n",
                sessions.size(), (System.nanoTime() - started) / 1e9);
        Semaphore inFlight = new Semaphore(parallel);
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < logins.size(); i++) {
            Map<String, String> cookies = sessions.get(i);
            HttpRequest post = HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/meetings/" + meetingOf.get(logins.get(i)) + "/check-in"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Cookie", cookieHeader(cookies))
                    .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            inFlight.acquire();
            long sent = System.nanoTime();
            calls.add(http.sendAsync(post, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        inFlight.release();
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            latencies.add(System.nanoTime() - sent);
                        }
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long kept = checkedIn(logins);
        System.out.println(
                "| Check-in | Members | Wall time | Throughput | p50 | p95 | p99 | Errors | Kept in the database |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        System.out.printf(
                "| `POST /api/v1/meetings/{id}/check-in`, %d in flight | %d | %.1f s | %.0f /s | %.1f ms | %.1f ms | %.1f ms | %d | %d |%n",
                parallel,
                logins.size(),
                seconds,
                logins.size() / seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                errors.get(),
                kept);
    }

    private static Connection database() throws Exception {
        String url = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/dangvu_handbook");
        return DriverManager.getConnection(url, System.getProperty("bench.dbUser", "postgres"), "");
    }

    /** The meeting of each of the first {@code count} members' cells. */
    private static Map<String, String> meetingsOf(int count) throws Exception {
        Map<String, String> meetings = new LinkedHashMap<>();
        try (Connection connection = database();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT a.username, i.meeting_id FROM account a
                          JOIN meeting_invitation i ON i.member_id = a.member_id
                         WHERE a.username BETWEEN '%s' AND '%s' ORDER BY a.username""".formatted(login(1), login(count)))) {
            while (rows.next()) {
                meetings.put(rows.getString(1), rows.getString(2));
            }
        }
        return meetings;
    }

    private static long checkedIn(List<String> logins) throws Exception {
        try (Connection connection = database();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT COUNT(*) FROM account a JOIN meeting_invitation i ON i.member_id = a.member_id
                         WHERE a.username BETWEEN '%s' AND '%s' AND i.checked_in_at IS NOT NULL""".formatted(logins.get(0), logins.get(logins.size() - 1)))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Closed loop: every session keeps one request in flight; latencies are kept after the warm-up only. */
    String run(String label, String path, List<Map<String, String>> sessions, int warmup, int seconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (Map<String, String> session : sessions) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            loop(get(path, session), measureFrom, end, latencies, errors, done);
            loops.add(done);
        }
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return "| %s | %d | %d | %.0f req/s | %.1f ms | %.1f ms | %.1f ms | %d |"
                .formatted(
                        label,
                        sessions.size(),
                        sorted.length,
                        sorted.length / (double) seconds,
                        percentile(sorted, 50),
                        percentile(sorted, 95),
                        percentile(sorted, 99),
                        errors.get());
    }

    /**
     * Open loop: requests leave at a fixed rate whatever the answers (members do not wait for each other), the
     * sessions taken in turn; a latency is measured from the planned departure, so a stalled server is not hidden.
     */
    String paced(String label, String path, List<Map<String, String>> sessions, int perSecond, int seconds) {
        long interval = 1_000_000_000L / perSecond;
        int total = perSecond * seconds;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        List<CompletableFuture<?>> calls = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long planned = start + i * interval;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            calls.add(http.sendAsync(
                            get(path, sessions.get(i % sessions.size())), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            latencies.add(System.nanoTime() - planned);
                        }
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return "| %s | %d | %d | %d req/s offered | %.1f ms | %.1f ms | %.1f ms | %d |"
                .formatted(
                        label,
                        sessions.size(),
                        sorted.length,
                        perSecond,
                        percentile(sorted, 50),
                        percentile(sorted, 95),
                        percentile(sorted, 99),
                        errors.get());
    }

    private void loop(
            HttpRequest request,
            long measureFrom,
            long end,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicLong errors,
            CompletableFuture<Void> done) {
        long sent = System.nanoTime();
        if (sent >= end) {
            done.complete(null);
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            long now = System.nanoTime();
            if (sent >= measureFrom && now <= end) {
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                } else {
                    latencies.add(now - sent);
                }
            }
            loop(request, measureFrom, end, latencies, errors, done);
        });
    }

    private HttpRequest get(String path, Map<String, String> cookies) {
        return client.get(path, cookies);
    }

    private List<Map<String, String>> logIn(List<String> logins, String password) throws Exception {
        return client.logIn(logins, password);
    }

    private static double percentile(long[] sorted, int p) {
        return BenchClient.percentile(sorted, p);
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return BenchClient.cookieHeader(cookies);
    }
}
