package vn.dangvu.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real traffic mixed, on a running application at Hanoi scale (issue 10): virtual users, each with a session of
 * their own, act one request at a time with a think time between requests. Members (most of them) open the handbook's
 * start screen, the documents and a document, their notifications, and check in to their meeting once; organisation
 * staff of a commune or of the city search members by name (prefix and contains), read the statistics of their
 * subtree now and as of a past date, page through the member list and edit a record with the version they read (a 409
 * from a concurrent edit is counted apart: the system refusing a stale write is its rule working).
 *
 * <p>{@code bench.mode=steps}: for each of {@code bench.steps} concurrent users, the mix, then the framework's trivial
 * endpoint ({@code GET /actuator/health/liveness}) with the same users and think time; throughput, p50/p95/p99 and
 * errors per request kind as Markdown. {@code bench.mode=soak}: {@code bench.soakUsers} users for
 * {@code bench.soakMinutes}, the application's heap ({@code jstat}) and RSS ({@code /proc}) sampled every
 * {@code bench.sampleSeconds}, and a verdict: flat when the mean of the last ten minutes is within the margins of the
 * mean of the first ten after the warm-up, and no error. Data: {@code bench/handbook-fill.sql} and
 * {@code bench/load-fill.sql}. Not a test: run by {@code bench/load.sh}.
 */
public final class MixedLoad {

    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String[] PREFIXES = {"nguyen van", "tran thi", "le duc", "pham minh", "hoang thu", "vu quang"};
    private static final String[] GIVEN_NAMES = {"binh", "cuong", "dung", "giang", "hai", "hoa", "lan", "mai"};
    private static final String[] EDITABLE = {
        "fullName",
        "birthName",
        "aliases",
        "sex",
        "birthDate",
        "birthPlace",
        "homeTown",
        "permanentAddress",
        "temporaryAddress",
        "ethnicity",
        "religion",
        "occupation",
        "generalEducation",
        "professionalLevel",
        "academicTitle",
        "theoryLevel",
        "cardNumber",
        "historyNumber",
        "phone",
        "email",
        "admittedOn",
        "admissionDecisionNumber",
        "admissionDecisionBody",
        "ceremonyDate",
        "ceremonyPlace",
        "officialOn",
        "officialPlace",
        "partyPosts",
        "workplace",
        "version"
    };

    private final BenchClient client;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String password = System.getProperty("bench.password", "demo-2026");
    private final int thinkMin = Integer.getInteger("bench.thinkMin", 1000);
    private final int thinkMax = Integer.getInteger("bench.thinkMax", 3000);
    private final double staffShare = Double.parseDouble(System.getProperty("bench.staffShare", "0.1"));
    private final String asOf = System.getProperty("bench.asOf", "2025-12-31");
    private final Map<String, Map<String, String>> sessions = new HashMap<>();
    private final AtomicInteger errorsShown = new AtomicInteger();

    private MixedLoad(String base) {
        this.client = new BenchClient(base);
    }

    public static void main(String[] args) throws Exception {
        MixedLoad load = new MixedLoad(System.getProperty("bench.base", "http://127.0.0.1:8096"));
        String mode = System.getProperty("bench.mode", "steps");
        System.out.printf(
                "%s, %d cores, think time %d–%d ms, staff %.0f %% of users%n",
                LocalDateTime.now()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .substring(0, 16),
                Runtime.getRuntime().availableProcessors(),
                load.thinkMin,
                load.thinkMax,
                load.staffShare * 100);
        if (mode.equals("soak")) {
            load.soak(
                    Integer.getInteger("bench.soakUsers", 300),
                    Integer.getInteger("bench.soakMinutes", 30),
                    Integer.getInteger("bench.sampleSeconds", 30));
        } else {
            List<Integer> steps = new ArrayList<>();
            for (String step : System.getProperty("bench.steps", "100,500,1000").split(",")) {
                steps.add(Integer.parseInt(step.strip()));
            }
            load.steps(steps, Integer.getInteger("bench.warmup", 20), Integer.getInteger("bench.seconds", 60));
        }
        System.exit(0);
    }

    private void steps(List<Integer> steps, int warmup, int seconds) throws Exception {
        List<Person> everyone = people(Collections.max(steps));
        prepare(everyone);
        for (int users : steps) {
            List<Person> people = people(users);
            Tally mix = run(people, false, warmup, seconds, null);
            Tally baseline = run(people, true, warmup, seconds, null);
            long staff = people.stream().filter(p -> p.unit != 0).count();
            System.out.printf(
                    "%n### %d concurrent users (%d members, %d staff)%n%nLoad average during the mix: %s; during"
                            + " the baseline: %s.%n%n",
                    users, users - staff, staff, mix.load(), baseline.load());
            System.out.println(Tally.HEADER);
            System.out.print(mix.rows(seconds));
            System.out.println(baseline.row("baseline `GET /actuator/health/liveness`", "liveness", seconds));
            System.out.flush();
        }
    }

    private void soak(int users, int minutes, int sampleSeconds) throws Exception {
        long pid = Long.getLong("bench.appPid", 0);
        List<Person> people = people(users);
        prepare(people);
        System.out.printf("%nSoak: %d users for %d min, application pid %d%n%n", users, minutes, pid);
        System.out.println("| Minute | Heap used | Old gen | RSS | Load (1 min) | Requests/s | p95 | Errors |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<double[]> samples = new ArrayList<>();
        Sampler sampler = (tally, elapsed, interval) -> {
            double[] memory = memory(pid);
            long[] latencies = tally.drainInterval();
            double p95 = BenchClient.percentile(latencies, 95);
            long errors = tally.errors();
            samples.add(new double[] {elapsed / 60.0, memory[0], memory[2]});
            System.out.printf(
                    "| %.1f | %.0f MB | %.0f MB | %.0f MB | %.2f | %.0f | %.0f ms | %d |%n",
                    elapsed / 60.0,
                    memory[0],
                    memory[1],
                    memory[2],
                    loadAverage(),
                    latencies.length / (double) interval,
                    p95,
                    errors);
            System.out.flush();
        };
        Tally tally = run(people, false, 0, minutes * 60, new Sampling(sampler, sampleSeconds));
        System.out.printf("%nWhole soak, load average %s:%n%n", tally.load());
        System.out.println(Tally.HEADER);
        System.out.print(tally.rows(minutes * 60));
        verdict(samples, minutes, tally.errors());
    }

    /** Flat: the last ten minutes' mean within the margin of the first ten minutes' after the warm-up. */
    private static void verdict(List<double[]> samples, int minutes, long errors) {
        double warm = Double.parseDouble(System.getProperty("bench.soakWarmupMinutes", "2"));
        double heapMargin = Double.parseDouble(System.getProperty("bench.heapMargin", "0.25"));
        double rssMargin = Double.parseDouble(System.getProperty("bench.rssMargin", "0.10"));
        double[] first = mean(samples, warm, warm + 10);
        double[] last = mean(samples, minutes - 10, minutes + 1);
        boolean heapFlat = last[0] <= first[0] * (1 + heapMargin);
        boolean rssFlat = last[1] <= first[1] * (1 + rssMargin);
        System.out.printf(
                "%nHeap used: %.0f MB (minutes %.0f–%.0f) then %.0f MB (last 10 minutes), %+.1f %%, margin %.0f %%:"
                        + " %s%n",
                first[0],
                warm,
                warm + 10,
                last[0],
                (last[0] / first[0] - 1) * 100,
                heapMargin * 100,
                heapFlat ? "flat" : "GROWING");
        System.out.printf(
                "RSS: %.0f MB then %.0f MB, %+.1f %%, margin %.0f %%: %s%n",
                first[1], last[1], (last[1] / first[1] - 1) * 100, rssMargin * 100, rssFlat ? "flat" : "GROWING");
        System.out.printf("Errors: %d%n", errors);
        System.out.printf("Verdict: %s%n", heapFlat && rssFlat && errors == 0 ? "PASS" : "FAIL");
    }

    private static double[] mean(List<double[]> samples, double from, double to) {
        double heap = 0;
        double rss = 0;
        int n = 0;
        for (double[] s : samples) {
            if (s[0] >= from && s[0] < to) {
                heap += s[1];
                rss += s[2];
                n++;
            }
        }
        return new double[] {heap / n, rss / n};
    }

    /** Heap used, old generation used (from {@code jstat -gc}) and resident set size of the application, in MB. */
    private static double[] memory(long pid) throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid))
                .redirectErrorStream(true)
                .start();
        String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip()
                .split("\n");
        jstat.waitFor();
        String[] names = lines[0].strip().split("\\s+");
        String[] values = lines[lines.length - 1].strip().split("\\s+");
        Map<String, Double> gc = new HashMap<>();
        for (int i = 0; i < names.length && i < values.length; i++) {
            gc.put(names[i], Double.parseDouble(values[i].replace(',', '.')));
        }
        double heap = (gc.get("S0U") + gc.get("S1U") + gc.get("EU") + gc.get("OU")) / 1024;
        double rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return new double[] {heap, gc.get("OU") / 1024, rss};
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /**
     * The first {@code users} virtual users: members spread over the city in a fixed shuffled order, and a
     * {@code bench.staffShare} of organisation staff, one in ten of them the city's, the others a commune's.
     */
    private List<Person> people(int users) {
        int staff = (int) Math.round(users * staffShare);
        int members = users - staff;
        List<Long> numbers = new ArrayList<>();
        int spread = Integer.getInteger("bench.memberPool", 20_000);
        for (int i = 0; i < spread; i++) {
            numbers.add(1 + (long) i * (500_000 - 1) / spread);
        }
        Collections.shuffle(numbers, new Random(10));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            people.add(new Person("7" + String.format("%09d", numbers.get(i)), 0));
        }
        for (int j = 0; j < staff; j++) {
            if (j % 10 == 9) {
                people.add(new Person("bantochuc" + (1 + (j / 10) % 20), 1));
            } else {
                int commune = 1 + (j - j / 10) % 136;
                people.add(new Person("tochuc" + commune, 10 + commune));
            }
        }
        return people;
    }

    /** Logs in whoever has no session yet, and opens the check-in of the members' meetings (they start soon). */
    private void prepare(List<Person> people) throws Exception {
        List<String> logins = new ArrayList<>();
        for (Person person : people) {
            if (!sessions.containsKey(person.login)) {
                logins.add(person.login);
            }
        }
        long started = System.nanoTime();
        List<Map<String, String>> cookies = client.logIn(logins, password);
        for (int i = 0; i < logins.size(); i++) {
            sessions.put(logins.get(i), cookies.get(i));
        }
        System.out.printf("logged in %d accounts in %.1f s%n", logins.size(), (System.nanoTime() - started) / 1e9);
        String url = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/dangvu_load");
        try (Connection connection =
                        DriverManager.getConnection(url, System.getProperty("bench.dbUser", "postgres"), "");
                PreparedStatement open = connection.prepareStatement("""
                        UPDATE meeting SET planned_start = now() + interval '10 minutes'
                         WHERE org_unit_id IN (SELECT m.org_unit_id FROM member m JOIN account a ON a.member_id = m.id
                                                WHERE a.username = ANY (?))""");
                PreparedStatement clear = connection.prepareStatement("""
                        UPDATE meeting_invitation SET checked_in_at = NULL
                         WHERE member_id IN (SELECT member_id FROM account WHERE username = ANY (?))""")) {
            Object[] members =
                    people.stream().filter(p -> p.unit == 0).map(p -> p.login).toArray();
            open.setArray(1, connection.createArrayOf("varchar", members));
            clear.setArray(1, connection.createArrayOf("varchar", members));
            System.out.printf("opened %d meetings for check-in%n", open.executeUpdate());
            clear.executeUpdate();
        }
    }

    /** Every user in a thread of their own, from a staggered start until the end; latencies kept after the warm-up. */
    private Tally run(List<Person> people, boolean baseline, int warmup, int seconds, Sampling sampling)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        Tally tally = new Tally(measureFrom, end);
        List<Thread> threads = new ArrayList<>();
        for (Person person : people) {
            User user = new User(person, sessions.get(person.login));
            Thread thread = new Thread(() -> user.act(baseline, tally, end), "user-" + person.login);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        long nextSample = start;
        long nextLoad = start;
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (now >= nextLoad) {
                tally.loadSample(loadAverage());
                nextLoad += 5_000_000_000L;
            }
            if (sampling != null && now >= nextSample) {
                if (now > start) {
                    try {
                        sampling.sampler.sample(tally, (now - start) / 1e9, sampling.seconds);
                    } catch (Exception e) {
                        System.out.println("sample failed: " + e);
                    }
                }
                nextSample += sampling.seconds * 1_000_000_000L;
            }
            Thread.sleep(200);
        }
        if (sampling != null) {
            try {
                sampling.sampler.sample(tally, (System.nanoTime() - start) / 1e9, sampling.seconds);
            } catch (Exception e) {
                System.out.println("sample failed: " + e);
            }
        }
        for (Thread thread : threads) {
            thread.join(40_000);
        }
        return tally;
    }

    /** An account of the fill: a member (unit 0) or organisation staff over the subtree of {@code unit}. */
    private record Person(String login, long unit) {}

    private interface Sampler {
        void sample(Tally tally, double elapsedSeconds, int intervalSeconds) throws Exception;
    }

    private record Sampling(Sampler sampler, int seconds) {}

    /** One virtual user: what they saw last (their meeting, a page of documents or members) drives what they do next. */
    private final class User {
        private final Person person;
        private final Map<String, String> cookies;
        private String meetingId;
        private boolean canCheckIn;
        private boolean checkedIn;
        private boolean opened;
        private final List<String> documents = new ArrayList<>();
        private final List<String> members = new ArrayList<>();

        User(Person person, Map<String, String> cookies) {
            this.person = person;
            this.cookies = cookies;
        }

        void act(boolean baseline, Tally tally, long end) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            pause(random.nextInt(thinkMax));
            while (System.nanoTime() < end) {
                if (baseline) {
                    call(tally, "liveness", client.get(LIVENESS, cookies));
                } else if (person.unit == 0) {
                    member(tally, random.nextInt(100));
                } else {
                    staff(tally, random.nextInt(100));
                }
                pause(thinkMin + random.nextInt(Math.max(1, thinkMax - thinkMin)));
            }
        }

        private void member(Tally tally, int dice) {
            if (!opened || dice < 40) {
                JsonNode home = call(tally, "handbook home", client.get("/api/v1/handbook/home", cookies));
                if (home != null) {
                    opened = true;
                    JsonNode meeting = home.path("nextMeeting");
                    meetingId = meeting.isObject() ? meeting.path("meetingId").asString() : null;
                    canCheckIn = meeting.path("canCheckInNow").asBoolean(false);
                    checkedIn =
                            meeting.isObject() && !meeting.path("checkedInAt").isNull();
                }
            } else if (dice < 60 || (dice < 75 && documents.isEmpty())) {
                JsonNode page = call(tally, "documents", client.get("/api/v1/documents?page=0&size=20", cookies));
                if (page != null) {
                    documents.clear();
                    page.path("content").forEach(d -> documents.add(d.path("id").asString()));
                }
            } else if (dice < 75) {
                String id = documents.get(ThreadLocalRandom.current().nextInt(documents.size()));
                call(tally, "a document", client.get("/api/v1/documents/" + id, cookies));
            } else if (dice < 90 || meetingId == null || !canCheckIn || checkedIn) {
                call(tally, "notifications", client.get("/api/v1/handbook/notifications", cookies));
            } else {
                if (call(
                                tally,
                                "check-in",
                                client.send("POST", "/api/v1/meetings/" + meetingId + "/check-in", cookies, null))
                        != null) {
                    checkedIn = true;
                }
            }
        }

        private void staff(Tally tally, int dice) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            if (dice < 20) {
                String q = PREFIXES[random.nextInt(PREFIXES.length)];
                call(
                        tally,
                        "search by prefix",
                        client.get("/api/v1/members?match=PREFIX&size=20&q=" + encode(q), cookies));
            } else if (dice < 35) {
                String q = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
                call(tally, "search contains", client.get("/api/v1/members?match=CONTAINS&size=20&q=" + q, cookies));
            } else if (dice < 50) {
                call(tally, "statistics", client.get("/api/v1/org-units/" + person.unit + "/statistics", cookies));
            } else if (dice < 60) {
                call(
                        tally,
                        "statistics as of",
                        client.get("/api/v1/org-units/" + person.unit + "/statistics?asOf=" + asOf, cookies));
            } else if (dice < 80 || members.isEmpty()) {
                JsonNode page = call(
                        tally,
                        "member list",
                        client.get(
                                "/api/v1/members?orgUnitId=" + person.unit + "&size=20&page=" + random.nextInt(5),
                                cookies));
                if (page != null) {
                    members.clear();
                    page.path("content").forEach(m -> members.add(m.path("id").asString()));
                }
            } else {
                edit(tally, members.get(random.nextInt(Math.min(3, members.size()))));
            }
        }

        /** Reads a record and writes it back with one item changed and the version read. */
        private void edit(Tally tally, String id) {
            JsonNode record = call(tally, "member record", client.get("/api/v1/members/" + id, cookies));
            if (record == null) {
                return;
            }
            ObjectNode body = json.createObjectNode();
            for (String field : EDITABLE) {
                if (record.has(field)) {
                    body.set(field, record.get(field));
                }
            }
            body.put("occupation", "Cán bộ".equals(record.path("occupation").asString()) ? "Cán bộ hưu trí" : "Cán bộ");
            call(tally, "member edit", client.send("PUT", "/api/v1/members/" + id, cookies, body.toString()));
        }

        /** Sends, records the outcome under {@code kind}, and returns the JSON body of a 2xx answer (else null). */
        private JsonNode call(Tally tally, String kind, HttpRequest request) {
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = client.http.send(request, HttpResponse.BodyHandlers.ofString());
                long done = System.nanoTime();
                BenchClient.keep(cookies, response);
                int status = response.statusCode();
                tally.record(kind, sent, done, status, null);
                if (status / 100 != 2) {
                    if (status != 409 && errorsShown.incrementAndGet() <= 10) {
                        System.err.printf(
                                "%s %s: %d %s%n",
                                kind,
                                request.uri(),
                                status,
                                response.body()
                                        .substring(
                                                0, Math.min(300, response.body().length())));
                    }
                    return null;
                }
                return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
            } catch (IOException e) {
                tally.record(kind, sent, System.nanoTime(), 0, e);
                if (errorsShown.incrementAndGet() <= 10) {
                    System.err.printf("%s %s: %s%n", kind, request.uri(), e);
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
