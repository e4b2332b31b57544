package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PostgresTestDatabase;

/**
 * The application killed with {@code kill -9} in the middle of its work (issue 10 point 2). Each scenario starts the
 * real application in a JVM of its own on a fresh PostgreSQL database ({@link ChildApplication}), drives it over
 * HTTP, kills it while the work is provably in flight (seen in the job's state or in the answers already received, never
 * after a fixed wait), starts it again on the same database and checks that no acknowledged write is lost, nothing is
 * half-applied and the work can be finished to the result it has without a crash. Skipped without PostgreSQL, failed
 * with {@code -Ddangvu.require-postgres=true}.
 */
@ExtendWith(PostgresTestDatabase.Availability.class)
class ApplicationKilledPostgresIntegrationTests {

    private static final String HEADER = "Họ và tên;Giới tính;Ngày sinh;Dân tộc;Số định danh cá nhân (CCCD);Mã chi bộ;"
            + "Điện thoại;Ngày quyết định kết nạp;Nghề nghiệp\n";
    private static final int IMPORT_ROWS = 4_000;
    private static final List<String> UNFINISHED = List.of("QUEUED", "VALIDATING", "WRITING");

    @TempDir
    Path work;

    private final List<ChildApplication> started = new ArrayList<>();

    @AfterEach
    void endEveryApplication() {
        started.forEach(ChildApplication::close);
    }

    private ChildApplication start(String database, String... arguments) throws Exception {
        ChildApplication app = ChildApplication.start(database, work, arguments);
        started.add(app);
        return app;
    }

    private static JdbcClient jdbc(String database) {
        return JdbcClient.create(
                new DriverManagerDataSource(database, PostgresTestDatabase.user(), PostgresTestDatabase.password()));
    }

    // --- election count ------------------------------------------------------------------------------------------

    private static final int VOTERS = 300;
    private static final String[] CANDIDATES = {"A", "B", "C", "D"};
    private static final int SEATS = 3;

    @Test
    void anElectionCountKilledWhileCountersEnterBallotsKeepsEveryAcknowledgedEntryAndEndsWithTheUncrashedResult()
            throws Exception {
        String database = PostgresTestDatabase.create();
        JdbcClient db = jdbc(database);
        ChildApplication first = start(database);
        long cell = db.sql("""
                        SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                         WHERE a.username = 'bithu' AND r.role = 'CELL_SECRETARY'""").query(Long.class).single();
        String plainMember = db.sql("""
                        SELECT a.username FROM account a JOIN member m ON m.id = a.member_id
                         WHERE m.org_unit_id = :cell AND a.username <> 'bithu' AND m.status = 'OFFICIAL'
                         ORDER BY a.username LIMIT 1""").param("cell", cell).query(String.class).single();
        ApiClient staff = first.loggedIn("tochuc");
        String election = countingElection(db, staff, cell, plainMember);
        String[] ballots = ballots();

        // two counters, three requests each in flight, every ballot entered by both
        Map<String, String> counters = Map.of("bithu", "first", plainMember, "second");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (String counter : counters.keySet()) {
                ApiClient client = first.loggedIn(counter);
                AtomicInteger next = new AtomicInteger();
                for (int t = 0; t < 3; t++) {
                    pool.execute(() -> {
                        for (int n = next.incrementAndGet(); n <= VOTERS && !killed.get(); n = next.incrementAndGet()) {
                            try {
                                if (enter(client, election, n, ballots[n - 1]).status() == 200) {
                                    acknowledged.add(counter + "#" + n);
                                }
                                answered.incrementAndGet();
                            } catch (IllegalStateException connectionLost) {
                                return;
                            }
                        }
                    });
                }
            }
            // killed once a third of the entries are acknowledged, with the others still being sent
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (answered.get() < 2 * VOTERS / 3 && System.nanoTime() < deadline) {
                ChildApplication.pause();
            }
            assertThat(answered.get()).as("entries answered before the kill").isLessThan(2 * VOTERS);
            killed.set(true);
            first.kill();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        Map<String, String> stored = storedEntries(db, election, counters);
        assertThat(acknowledged)
                .as("some entries acknowledged, not all")
                .isNotEmpty()
                .hasSizeLessThan(2 * VOTERS);
        assertThat(stored.keySet()).as("every acknowledged entry kept").containsAll(acknowledged);
        stored.forEach((entry, marks) -> assertThat(marks)
                .as("entry %s whole, as sent", entry)
                .isEqualTo(ballots[Integer.parseInt(entry.substring(entry.indexOf('#') + 1)) - 1]));

        ChildApplication second = start(database);
        for (String counter : counters.keySet()) {
            ApiClient client = second.loggedIn(counter);
            for (int n = 1; n <= VOTERS; n++) {
                if (!stored.containsKey(counter + "#" + n)) {
                    ApiClient.Response r = enter(client, election, n, ballots[n - 1]);
                    assertThat(r.status()).as(r.body()).isEqualTo(200);
                }
            }
        }
        ApiClient again = second.loggedIn("tochuc");
        JsonNode view = again.get("/api/v1/elections/" + election).json();
        assertThat(view.path("rounds").get(0).path("reconciled").asInt()).isEqualTo(VOTERS);
        JsonNode announced =
                step(again, election, "ANNOUNCE", view.path("version").asLong(), "");
        assertThat(announced.path("state").asString()).as(announced.toString()).isEqualTo("RESULTS_ANNOUNCED");
        JsonNode round = announced.path("rounds").get(0);
        Expected expected = expected(ballots);
        assertThat(round.path("valid").asInt()).isEqualTo(expected.valid());
        assertThat(round.path("invalid").asInt()).isEqualTo(VOTERS - expected.valid());
        Map<String, Integer> votes = new HashMap<>();
        Set<String> elected = new TreeSet<>();
        for (JsonNode result : round.path("results")) {
            String name = result.path("fullName").asString().substring("Ứng cử viên ".length());
            votes.put(name, result.path("votes").asInt());
            if (result.path("elected").asBoolean()) {
                elected.add(name);
            }
        }
        assertThat(votes).isEqualTo(expected.votes());
        assertThat(elected).isEqualTo(expected.elected());
    }

    /** An election of 3 of 4 names in the secretary's cell, voting closed with every ballot returned. */
    private static String countingElection(JdbcClient db, ApiClient staff, long cell, String plainMember) {
        ApiClient.Response created = staff.post(
                "/api/v1/elections",
                "{\"orgUnitId\":" + cell + ",\"title\":\"Bầu cấp ủy chi bộ\",\"occasion\":\"MEMBERS_CONGRESS\","
                        + "\"body\":\"EXECUTIVE_COMMITTEE\",\"seats\":" + SEATS + ",\"heldOn\":\"2026-03-01\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        List<String> voters = new ArrayList<>();
        voters.add(voter(memberOf(db, "bithu"), "Bí thư", true));
        voters.add(voter(memberOf(db, plainMember), "Đảng viên", true));
        for (int i = 3; i <= VOTERS; i++) {
            voters.add(voter(null, "Đảng viên " + i, false));
        }
        JsonNode e = put(staff, id, "voters", created.json().path("version").asLong(), String.join(",", voters));
        e = put(
                staff,
                id,
                "candidates",
                e.path("version").asLong(),
                Stream.of(CANDIDATES)
                        .map(n -> "{\"fullName\":\"Ứng cử viên " + n + "\",\"source\":\"CONVENING\"}")
                        .collect(Collectors.joining(",")));
        e = step(staff, id, "ADOPT_LIST", e.path("version").asLong(), "");
        e = step(staff, id, "OPEN_VOTING", e.path("version").asLong(), ",\"ballotsIssued\":" + VOTERS);
        e = step(staff, id, "CLOSE_VOTING", e.path("version").asLong(), ",\"ballotsReturned\":" + VOTERS);
        assertThat(e.path("state").asString()).isEqualTo("COUNTING");
        return id;
    }

    private static String voter(UUID member, String name, boolean counter) {
        return "{" + (member == null ? "" : "\"memberId\":\"" + member + "\",") + "\"fullName\":\"" + name
                + "\",\"kind\":\"OFFICIAL_MEMBER\",\"exclusion\":\"NONE\",\"present\":true,\"counter\":" + counter
                + "}";
    }

    private static UUID memberOf(JdbcClient db, String username) {
        return db.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private static JsonNode put(ApiClient staff, String id, String what, long version, String items) {
        ApiClient.Response r = staff.method(
                "PUT",
                "/api/v1/elections/" + id + "/" + what,
                "application/json",
                "{\"version\":" + version + ",\"" + what + "\":[" + items + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode step(ApiClient staff, String id, String action, long version, String extra) {
        ApiClient.Response r = staff.post(
                "/api/v1/elections/" + id + "/steps",
                "{\"action\":\"" + action + "\",\"version\":" + version + extra + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static ApiClient.Response enter(ApiClient counter, String election, int number, String marks) {
        return counter.post(
                "/api/v1/elections/" + election + "/ballot-entries",
                "{\"ballotNumber\":" + number + ",\"marks\":\"" + marks + "\"}");
    }

    /** Strike-out ballots (K kept, S struck), drawn with a fixed seed: most keep 1 to 3 names, a few all four. */
    private static String[] ballots() {
        Random random = new Random(20260301L);
        // how likely each name is kept: A and B well over half, C near it, D far below
        double[] kept = {0.85, 0.75, 0.6, 0.2};
        String[] ballots = new String[VOTERS];
        for (int i = 0; i < VOTERS; i++) {
            StringBuilder marks = new StringBuilder();
            for (double p : kept) {
                marks.append(random.nextDouble() < p ? 'K' : 'S');
            }
            ballots[i] = marks.toString();
        }
        return ballots;
    }

    private record Expected(int valid, Map<String, Integer> votes, Set<String> elected) {}

    /**
     * The count by hand (QĐ 190-QĐ/TW, Điều 15 and 16): a ballot keeping more names than seats, or none, is invalid;
     * each kept name on a valid ballot is a vote; elected are the names with more than half of the voters, at most
     * the seats, most votes first (the draw has no tie).
     */
    private static Expected expected(String[] ballots) {
        int valid = 0;
        Map<String, Integer> votes = new HashMap<>();
        for (String name : CANDIDATES) {
            votes.put(name, 0);
        }
        for (String ballot : ballots) {
            long kept = ballot.chars().filter(c -> c == 'K').count();
            if (kept == 0 || kept > SEATS) {
                continue;
            }
            valid++;
            for (int i = 0; i < CANDIDATES.length; i++) {
                if (ballot.charAt(i) == 'K') {
                    votes.merge(CANDIDATES[i], 1, Integer::sum);
                }
            }
        }
        Set<String> elected = votes.entrySet().stream()
                .filter(v -> v.getValue() * 2 > VOTERS)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(SEATS)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        return new Expected(valid, votes, elected);
    }

    /** The stored entries as "username#ballot" → marks; each counter is known by their roll entry. */
    private static Map<String, String> storedEntries(JdbcClient db, String election, Map<String, String> counters) {
        UUID id = UUID.fromString(election);
        Map<UUID, String> byVoter = new HashMap<>();
        counters.keySet()
                .forEach(username -> byVoter.put(
                        db.sql("""
                                SELECT v.id FROM election_voter v JOIN account a ON a.member_id = v.member_id
                                 WHERE a.username = :u AND v.election_id = :e""")
                                .param("u", username)
                                .param("e", id)
                                .query(UUID.class)
                                .single(),
                        username));
        Map<String, String> entries = new HashMap<>();
        db.sql("""
                        SELECT b.entered_by, b.ballot_number, b.marks FROM election_ballot_entry b
                          JOIN election_round r ON r.id = b.round_id WHERE r.election_id = :e""").param("e", id).query(rs -> {
            String key = byVoter.get(rs.getObject(1, UUID.class)) + "#" + rs.getInt(2);
            assertThat(entries.put(key, rs.getString(3)))
                    .as("one entry of %s", key)
                    .isNull();
        });
        return entries;
    }

    // --- member import -------------------------------------------------------------------------------------------

    @Test
    void anImportKilledWhileWritingLeavesNothingIsMarkedInterruptedAndImportsAgainAsACleanImportWould()
            throws Exception {
        String database = PostgresTestDatabase.create();
        JdbcClient db = jdbc(database);
        ChildApplication first = start(database);
        String cell = db.sql("""
                        SELECT d.code FROM org_unit d JOIN account_role r ON r.role = 'ORG_STAFF'
                          JOIN account a ON a.id = r.account_id AND a.username = 'tochuc'
                          JOIN org_unit root ON root.id = r.org_unit_id
                         WHERE d.kind = 'CELL' AND d.path LIKE root.path || '%' ORDER BY d.id LIMIT 1""").query(String.class).single();
        byte[] file = importFile('1', cell);
        long membersBefore = count(db, "SELECT COUNT(*) FROM member");

        ApiClient staff = first.loggedIn("tochuc");
        String job = upload(staff, file).path("id").asString();
        JsonNode writing = awaitJob(staff, job, j -> j.path("state").asString().equals("WRITING"), first);
        assertThat(writing.path("rowsValid").asLong()).as("every row checked").isEqualTo(IMPORT_ROWS);
        assertThat(uploads(job)).as("the upload is on disk while the job runs").isNotEmpty();
        first.kill();

        assertThat(count(db, "SELECT COUNT(*) FROM member WHERE citizen_id LIKE '91%'"))
                .as("no member of the file in the registry")
                .isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM member")).isEqualTo(membersBefore);
        assertThat(count(db, "SELECT COUNT(*) FROM member_import_row"))
                .as("no staged row")
                .isZero();
        assertThat(db.sql("SELECT state FROM member_import WHERE id = :id")
                        .param("id", UUID.fromString(job))
                        .query(String.class)
                        .single())
                .as("left unfinished by the killed process")
                .isIn(UNFINISHED);

        ChildApplication second = start(database, "--dangvu.member-import.sweep-every=PT1S");
        ApiClient again = second.loggedIn("tochuc");
        JsonNode interrupted =
                awaitJob(again, job, j -> !UNFINISHED.contains(j.path("state").asString()), second);
        assertThat(interrupted.path("state").asString()).isEqualTo("FAILED");
        assertThat(interrupted.path("failureCode").asString()).isEqualTo("member-import.interrupted");
        assertThat(interrupted.path("failureMessage").asString())
                .contains("gián đoạn", "không có dữ liệu nào bị thay đổi");
        assertThat(interrupted.path("finishedAt").isNull()).isFalse();
        assertThat(uploads(job)).as("the dead job's upload deleted").isEmpty();
        assertThat(count(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'member-import.interrupted'"))
                .isEqualTo(1);

        JsonNode redone = awaitFinished(again, upload(again, file).path("id").asString(), second);
        assertThat(redone.path("state").asString()).as(redone.toString()).isEqualTo("SUCCEEDED");
        assertThat(redone.path("inserted").asLong()).isEqualTo(IMPORT_ROWS);
        // the same rows under other citizen IDs, imported without a crash, are the reference
        JsonNode clean = awaitFinished(
                again, upload(again, importFile('2', cell)).path("id").asString(), second);
        assertThat(clean.path("inserted").asLong()).isEqualTo(IMPORT_ROWS);

        assertThat(count(db, "SELECT COUNT(*) FROM member WHERE citizen_id LIKE '91%'"))
                .isEqualTo(IMPORT_ROWS);
        for (int row = 0; row < IMPORT_ROWS; row += IMPORT_ROWS / 40) {
            assertThat(comparable(db, citizenId('1', row)))
                    .as("row %d, field by field", row)
                    .isEqualTo(comparable(db, citizenId('2', row)));
        }
        assertThat(eventKinds(db, "91%")).as("the members' lifecycle history").isEqualTo(eventKinds(db, "92%"));
        assertCountersEqualARecount(second);
    }

    private static byte[] importFile(char tag, String cell) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
        String[] middle = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu"};
        String[] given = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Mai", "Nam", "Phúc", "Quân"};
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append(family[i % family.length])
                    .append(' ')
                    .append(middle[(i / 8) % middle.length])
                    .append(' ')
                    .append(given[(i / 48) % given.length])
                    .append(i % 2 == 0 ? ";Nam;" : ";Nữ;")
                    .append(String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1960 + i % 35))
                    .append(";Kinh;")
                    .append(citizenId(tag, i))
                    .append(';')
                    .append(cell)
                    .append(";09")
                    .append(String.format("%08d", i))
                    .append(";12/10/2015;")
                    .append(i % 3 == 0 ? "Bác sĩ" : "Kỹ sư")
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String citizenId(char tag, int row) {
        return "9" + tag + String.format("%010d", row);
    }

    private static JsonNode upload(ApiClient client, byte[] file) {
        ApiClient.Response response =
                client.multipart("POST", "/api/v1/member-imports?mode=ALL_OR_NOTHING", "file", "dang-vien.csv", file);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json();
    }

    private static JsonNode awaitFinished(ApiClient client, String job, ChildApplication app) {
        return awaitJob(client, job, j -> !UNFINISHED.contains(j.path("state").asString()), app);
    }

    /** Polls the job until {@code reached}; fails if it finishes first or within two minutes never does. */
    private static JsonNode awaitJob(ApiClient client, String job, Predicate<JsonNode> reached, ChildApplication app) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        JsonNode view = null;
        while (System.nanoTime() < deadline) {
            ApiClient.Response response = client.get("/api/v1/member-imports/" + job);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            view = response.json();
            if (reached.test(view)) {
                return view;
            }
            assertThat(view.path("state").asString())
                    .as("the job finished before the awaited moment: %s", view)
                    .isIn(UNFINISHED);
            ChildApplication.pause();
        }
        throw new AssertionError("job " + job + " never got there: " + view + "\n" + app.logTail());
    }

    private List<Path> uploads(String job) throws Exception {
        try (Stream<Path> files = Files.list(work.resolve("tmp"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("member-import-" + job))
                    .toList();
        }
    }

    /** A member's row without what differs between two imports of the same person: ids, citizen ID, times. */
    private static Map<String, Object> comparable(JdbcClient db, String citizenId) {
        Map<String, Object> row = new HashMap<>(db.sql("SELECT * FROM member WHERE citizen_id = :c")
                .param("c", citizenId)
                .query()
                .singleRow());
        row.keySet().removeIf(column -> column.equals("id") || column.equals("citizen_id") || column.endsWith("_at"));
        return row;
    }

    private static Map<String, Long> eventKinds(JdbcClient db, String citizenIds) {
        Map<String, Long> kinds = new HashMap<>();
        db.sql("""
                        SELECT e.kind, COUNT(*) FROM member_event e JOIN member m ON m.id = e.member_id
                         WHERE m.citizen_id LIKE :c GROUP BY e.kind""").param("c", citizenIds).query(rs -> {
            kinds.put(rs.getString(1), rs.getLong(2));
        });
        return kinds;
    }

    /** The statistics counters, once the import's refresh has run, equal a recount of the live data. */
    private static void assertCountersEqualARecount(ChildApplication app) {
        ApiClient admin = app.loggedIn("admin");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        JsonNode recount;
        do {
            ApiClient.Response response = admin.post("/api/v1/admin/statistics/recount", "{}");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            recount = response.json();
            if (recount.path("differences").isEmpty()) {
                return;
            }
            ChildApplication.pause();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("counters differ from a recount: " + recount.path("differences"));
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
