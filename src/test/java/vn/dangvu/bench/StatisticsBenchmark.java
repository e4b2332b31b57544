package vn.dangvu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.DangVuApplication;
import vn.dangvu.member.LifecycleEventKind;
import vn.dangvu.member.MemberLifecycle;
import vn.dangvu.member.RecordLifecycleEvent;
import vn.dangvu.report.Statistics;
import vn.dangvu.report.internal.StatCounters;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/**
 * The current-statistics benchmark (issue 4, point 6): on a database that holds the NATIONAL demo (a copy of the
 * search benchmark's), starts the application (which migrates it and counts the counters for the first time), then
 * times the server-side answer of {@code GET /api/v1/org-units/{id}/statistics} ({@link Statistics#current}: scope
 * check, counters' date, the unit's counters and its children's) for the nation, provinces, communes, grassroots
 * organisations and cells, each beside the same figures computed from the raw tables in the same run (member ⋈
 * org_unit over the path range, GROUP BY); then lifecycle writes (transfer out, transfer received) with the counters
 * kept in the transaction and with the upkeep off; then the full rebuild. Prints Markdown tables. Not a test: run by
 * {@code bench/statistics.sh}.
 */
public final class StatisticsBenchmark {

    private final JdbcClient jdbc;
    private final Statistics statistics;
    private final StatCounters counters;
    private final MemberLifecycle lifecycle;
    private final TransactionTemplate transaction;
    private final OrgScope nation;
    private final Actor actor;
    private final SplittableRandom random = new SplittableRandom(42);
    private final List<String> rows = new ArrayList<>();

    private StatisticsBenchmark(ConfigurableApplicationContext context, String rootPath, long rootId) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.statistics = context.getBean(Statistics.class);
        this.counters = context.getBean(StatCounters.class);
        this.lifecycle = context.getBean(MemberLifecycle.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.nation = new OrgScope(List.of(rootPath), null);
        this.actor = new Actor(
                UUID.randomUUID(),
                "bench",
                null,
                null,
                List.of(
                        new RoleGrant(Role.ORG_STAFF, rootId, rootPath),
                        new RoleGrant(Role.CITY_ORGANISATION, rootId, rootPath)));
    }

    public static void main(String[] args) {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dangvu_stats");
        int runs = Integer.getInteger("bench.runs", 300);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DangVuApplication.class)
                .profiles(url.startsWith("jdbc:postgresql") ? "postgres" : "default")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "postgres"),
                        "--server.port=0",
                        "--dangvu.demo.enabled=false",
                        "--dangvu.org.root.kind=NATIONAL",
                        "--dangvu.org.root.code=TW",
                        "--dangvu.org.root.name=Đảng Cộng sản Việt Nam",
                        "--logging.level.root=WARN",
                        "--logging.level.vn.dangvu.report=INFO",
                        "--logging.level.vn.dangvu.report.internal.DatedTotalsMaintenance=DEBUG")) {
            System.out.printf(
                    "Start-up (migrations, first count of the counters when missing): %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (url.startsWith("jdbc:h2")
                    && jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single() == 0) {
                long filled = System.nanoTime();
                fillHanoi(context);
                System.out.printf("Synthetic Hanoi-size fill: %.1f s%n", (System.nanoTime() - filled) / 1e9);
                long rebuilt = System.nanoTime();
                StatCounters counters = context.getBean(StatCounters.class);
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                        .executeWithoutResult(tx -> counters.rebuild(LocalDate.now(), false));
                System.out.printf("First count of the counters: %.1f s%n", (System.nanoTime() - rebuilt) / 1e9);
            }
            var root = jdbc.sql("SELECT id, path FROM org_unit WHERE parent_id IS NULL")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                    .single();
            new StatisticsBenchmark(context, (String) root[1], (Long) root[0]).run(runs);
        }
    }

    /**
     * Hanoi's shape on the embedded database (the HANOI demo takes too long to generate there): 126 communes, 2,200
     * grassroots committees, 17,000 cells, 500,000 members with mixed statuses, sexes, ages and levels.
     */
    private static void fillHanoi(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            long root = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL")
                    .query(Long.class)
                    .single();
            String r = "'/" + root + "/'";
            jdbc.sql(
                            "INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version,"
                                    + " created_at, updated_at) SELECT 1000 + x, " + root + ", 'COMMUNE', 'X' || x,"
                                    + " 'Đảng bộ phường ' || x, 'dang bo phuong ' || x, " + r
                                    + " || (1000 + x) || '/', 1, 0,"
                                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM (SELECT \"X\" AS x FROM SYSTEM_RANGE(1, 126)) g")
                    .update();
            jdbc.sql("INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version,"
                            + " created_at, updated_at) SELECT 2000 + x, 1001 + MOD(x - 1, 126),"
                            + " 'GRASSROOTS_COMMITTEE', 'G' || x, 'Đảng bộ cơ sở ' || x, 'dang bo co so ' || x, "
                            + r + " || (1001 + MOD(x - 1, 126)) || '/' || (2000 + x) || '/', 2, 0, CURRENT_TIMESTAMP,"
                            + " CURRENT_TIMESTAMP FROM (SELECT \"X\" AS x FROM SYSTEM_RANGE(1, 2200)) g")
                    .update();
            jdbc.sql(
                            "INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version,"
                                    + " created_at, updated_at) SELECT 10000 + x, 2001 + MOD(x - 1, 2200), 'CELL', 'C' || x,"
                                    + " 'Chi bộ ' || x, 'chi bo ' || x, " + r
                                    + " || (1001 + MOD(MOD(x - 1, 2200), 126))"
                                    + " || '/' || (2001 + MOD(x - 1, 2200)) || '/' || (10000 + x) || '/', 3, 0,"
                                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM (SELECT \"X\" AS x FROM SYSTEM_RANGE(1, 17000)) g")
                    .update();
            jdbc.sql("ALTER TABLE org_unit ALTER COLUMN id RESTART WITH 100000").update();
            jdbc.sql("""
                            INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date,
                                   ethnicity, status, admitted_on, first_admitted_on, official_on, religion,
                                   general_education, professional_level, theory_level, version, created_at, updated_at)
                            SELECT RANDOM_UUID(), 10001 + MOD(x * 7919, 17000), 'Nguyễn Văn ' || x, 'nguyen van ' || x,
                                   'van nguyen ' || x, CASE WHEN MOD(x, 100) < 38 THEN 'F' ELSE 'M' END,
                                   DATEADD('DAY', MOD(x, 20000), DATE '1945-01-01'),
                                   CASE WHEN MOD(x, 20) = 0 THEN 'MUONG' ELSE 'KINH' END,
                                   CASE WHEN MOD(x, 50) = 0 THEN 'PROBATIONARY' WHEN MOD(x, 97) = 0 THEN 'EXEMPTED'
                                        WHEN MOD(x, 89) = 0 THEN 'IN_TRANSIT' WHEN MOD(x, 211) = 0 THEN 'DECEASED'
                                        ELSE 'OFFICIAL' END,
                                   DATEADD('DAY', MOD(x, 15000), DATE '1980-01-01'),
                                   DATEADD('DAY', MOD(x, 15000), DATE '1980-01-01'),
                                   DATEADD('DAY', MOD(x, 15000) + 375, DATE '1980-01-01'),
                                   CASE WHEN MOD(x, 30) = 0 THEN 'BUDDHISM' ELSE 'NONE' END,
                                   CASE WHEN MOD(x, 9) = 0 THEN '9/12' ELSE '12/12' END,
                                   CASE MOD(x, 4) WHEN 0 THEN 'BACHELOR' WHEN 1 THEN 'MASTER' WHEN 2 THEN 'COLLEGE'
                                        ELSE 'INTERMEDIATE' END,
                                   CASE MOD(x, 3) WHEN 0 THEN 'ELEMENTARY' WHEN 1 THEN 'INTERMEDIATE' ELSE 'ADVANCED' END,
                                   0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
                              FROM (SELECT "X" AS x FROM SYSTEM_RANGE(1, 500000)) g""").update();
        });
    }

    private void run(int runs) {
        int baselineRuns = Integer.getInteger("bench.baselineRuns", 20);
        long total = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
        System.out.printf(
                "%n%,d member rows; counters: %,d rows; %d runs per counters line, %d per baseline line (after warm-up)%n%n",
                total,
                jdbc.sql("SELECT COUNT(*) FROM org_stat").query(Long.class).single(),
                runs,
                baselineRuns);
        System.out.println(
                "| Unit | members (median) | counters p50 ms | p95 ms | p99 ms | raw tables p50 ms | p95 ms |"
                        + " ratio (p95) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        if (Boolean.parseBoolean(System.getProperty("bench.writesOnly", "false"))) {
            writesOnly(runs);
            return;
        }
        level("Nation root", List.of(rootId()), runs, Math.max(3, baselineRuns / 5));
        level("Province", units("PROVINCIAL", 34), runs, Math.max(5, baselineRuns / 2));
        level("Commune", units("COMMUNE", 200), runs, baselineRuns);
        level("Grassroots committee", units("GRASSROOTS_COMMITTEE", 200), runs, baselineRuns);
        level("Cell", units("CELL", 200), runs, baselineRuns);

        writesOnly(runs);
        if (!Boolean.parseBoolean(System.getProperty("bench.rebuild", "true"))) {
            return;
        }
        long t = System.nanoTime();
        LocalDate today = LocalDate.now();
        transaction.executeWithoutResult(tx -> counters.rebuild(today, false));
        System.out.printf(
                "%nFull rebuild (all counters, bands as of %s): %.1f s%n", today, (System.nanoTime() - t) / 1e9);
    }

    private void writesOnly(int runs) {
        System.out.println();
        System.out.println("| Write (MemberLifecycle.record, own transaction) | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        // twice: the first pass also warms the caches and the JIT for the lines after it
        writes(
                "Transfer out + transfer received, counters kept, dated totals noted (caught up after the commit)",
                runs);
        caughtUp();
        writes("The same, second pass", runs);
        caughtUp();
        counters.setUpkeep(false);
        writes("The same, counters' upkeep off", runs);
        counters.setUpkeep(true);
        caughtUp();
        // last: stale dated totals are not kept (the catch-up drops the notes), and stay stale until a rebuild
        jdbc.sql("UPDATE stat_dated_state SET fresh = FALSE").update();
        writes("The same as the first, dated totals stale (not kept)", runs);
    }

    /** How long the background catch-up of the dated totals still ran after the last step (polled every 5 ms). */
    private void caughtUp() {
        long t = System.nanoTime();
        long left = jdbc.sql("SELECT COUNT(*) FROM stat_dated_pending")
                .query(Long.class)
                .single();
        long notes = left;
        while (left > 0 && System.nanoTime() - t < 600_000_000_000L) {
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            left = jdbc.sql("SELECT COUNT(*) FROM stat_dated_pending")
                    .query(Long.class)
                    .single();
        }
        System.out.printf(
                Locale.ROOT,
                "(dated totals: %d notes left at the last step, none after %.0f ms more; %d left)%n",
                notes,
                (System.nanoTime() - t) / 1e6,
                left);
    }

    private long rootId() {
        return jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL")
                .query(Long.class)
                .single();
    }

    /** {@code n} units of a kind drawn at random (seeded, with replacement). */
    private List<Long> units(String kind, int n) {
        List<Long> all = jdbc.sql("SELECT id FROM org_unit WHERE kind = :kind AND state = 'ACTIVE' ORDER BY id")
                .param("kind", kind)
                .query(Long.class)
                .list();
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(n, all.size()); i++) {
            picked.add(all.get(random.nextInt(all.size())));
        }
        return picked;
    }

    private void level(String label, List<Long> units, int runs, int baselineRuns) {
        if (units.isEmpty()) {
            return;
        }
        double[] fast = time(
                runs,
                i -> rows.add(String.valueOf(
                        statistics.current(units.get(i % units.size()), nation).members())));
        List<String> counted = new ArrayList<>(rows);
        double[] raw = time(baselineRuns, i -> rows.add(String.valueOf(rawStatistics(units.get(i % units.size())))));
        counted.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.2f | %.2f | %.2f | %.1f | %.1f | %.0f× |%n",
                label,
                counted.get(counted.size() / 2),
                p(fast, 0.5),
                p(fast, 0.95),
                p(fast, 0.99),
                p(raw, 0.5),
                p(raw, 0.95),
                p(raw, 0.95) / p(fast, 0.95));
    }

    /**
     * The same figures from the raw tables: the counted members of the subtree by every member dimension (one scan,
     * GROUPING SETS) and per direct child (a second GROUP BY); returns the total.
     */
    private long rawStatistics(long unitId) {
        String path = jdbc.sql("SELECT path FROM org_unit WHERE id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
        String end = OrgScope.rangeEnd(path);
        LocalDate on = LocalDate.of(2026, 3, 1);
        // one GROUP BY per dimension (UNION ALL: GROUPING SETS over expressions is not portable to H2)
        String from = " FROM member m JOIN org_unit u ON u.id = m.org_unit_id WHERE u.path >= :p AND u.path < :e"
                + " AND u.state = 'ACTIVE' AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')";
        List<String> keys = List.of(
                "m.status",
                "m.sex",
                "m.ethnicity",
                "m.religion",
                "m.general_education",
                "m.professional_level",
                "m.theory_level",
                "CASE WHEN m.birth_date > :a31 THEN 1 WHEN m.birth_date > :a41 THEN 2 WHEN m.birth_date > :a51 THEN 3"
                        + " WHEN m.birth_date > :a61 THEN 4 WHEN m.birth_date > :a71 THEN 5 ELSE 6 END",
                "CASE WHEN m.first_admitted_on > :p10 THEN 1 WHEN m.first_admitted_on > :p20 THEN 2 ELSE 3 END");
        String sql = keys.stream()
                .map(k -> "SELECT COUNT(*) AS n" + from + " GROUP BY " + k)
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        List<Long> totals = jdbc.sql(sql)
                .param("p", path)
                .param("e", end)
                .param("a31", on.minusYears(31))
                .param("a41", on.minusYears(41))
                .param("a51", on.minusYears(51))
                .param("a61", on.minusYears(61))
                .param("a71", on.minusYears(71))
                .param("p10", on.minusYears(10))
                .param("p20", on.minusYears(20))
                .query(Long.class)
                .list();
        jdbc.sql("""
                        SELECT c.id, COUNT(m.id) FROM org_unit c
                          JOIN org_unit u ON u.path >= c.path AND u.path < CONCAT(SUBSTRING(c.path, 1, LENGTH(c.path) - 1), '0')
                          JOIN member m ON m.org_unit_id = u.id
                         WHERE c.parent_id = :id AND c.state = 'ACTIVE'
                           AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')
                         GROUP BY c.id""").param("id", unitId).query((rs, n) -> rs.getLong(2)).list();
        return totals.isEmpty() ? 0 : totals.stream().mapToLong(Long::longValue).sum() / 9;
    }

    /** Alternately sends an official member to another cell and has it received there. */
    private void writes(String label, int runs) {
        List<UUID> members = jdbc.sql("""
                        SELECT id FROM member WHERE status = 'OFFICIAL' AND id >= :from ORDER BY id LIMIT :n""")
                // members not written by an earlier run (their steps are dated 2026-03-02/03): a fresh draw each run
                .param("from", new UUID(new SplittableRandom().nextLong(), 0))
                .param("n", runs / 2 + 40)
                .query(UUID.class)
                .list();
        List<Long> cells = units("CELL", 500);
        LocalDate day = LocalDate.of(2026, 3, 2);
        int warm = 20;
        double[] ms = new double[runs];
        for (int i = 0; i < runs + warm; i++) {
            UUID member = members.get((i / 2) % members.size());
            long version = jdbc.sql("SELECT version FROM member WHERE id = :id")
                    .param("id", member)
                    .query(Long.class)
                    .single();
            boolean out = jdbc.sql("SELECT status FROM member WHERE id = :id")
                    .param("id", member)
                    .query(String.class)
                    .single()
                    .equals("OFFICIAL");
            RecordLifecycleEvent step = out
                    ? new RecordLifecycleEvent(
                            LifecycleEventKind.TRANSFER_OUT,
                            day,
                            "1-GGT",
                            day,
                            "Đảng ủy",
                            cells.get(i % cells.size()),
                            null,
                            null,
                            null,
                            null,
                            "Kiểm tra hiệu năng",
                            null,
                            List.of(),
                            List.of(),
                            false,
                            null,
                            false,
                            null)
                    : RecordLifecycleEvent.of(LifecycleEventKind.TRANSFER_RECEIVED, day.plusDays(1));
            long t = System.nanoTime();
            lifecycle.record(member, step, version, actor);
            if (i >= warm) {
                ms[i - warm] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %.2f |%n",
                label,
                p(ms, 0.5),
                p(ms, 0.95),
                p(ms, 0.99),
                ms[ms.length - 1]);
    }

    private double[] time(int runs, IntConsumer query) {
        int warm = Math.min(20, runs);
        for (int i = 0; i < warm; i++) {
            query.accept(runs + i);
        }
        rows.clear();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double p(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)];
    }
}
