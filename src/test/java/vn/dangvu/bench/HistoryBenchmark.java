package vn.dangvu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.DangVuApplication;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.report.AsOfStatistics;
import vn.dangvu.report.internal.HistoryStatistics;
import vn.dangvu.report.internal.MovementReport;
import vn.dangvu.shared.OrgScope;

/**
 * Statistics as of a date and movements over a year at national scale (issue 4): the application's answers from the
 * counted periods ({@link AsOfStatistics}, {@link MovementReport}) for the nation, a commune committee and a grassroots
 * organisation, each beside a same-run baseline that computes the same count straight from {@code member_event} with
 * a window function (latest current step on or before the date, per member). Needs a database with histories:
 * {@code bench/history.sh} copies the national benchmark database and fills it ({@code bench/history-fill.sql}); the
 * periods are rebuilt at start-up. Not a test: never run by the build.
 */
public final class HistoryBenchmark {

    private final JdbcClient jdbc;
    private final AsOfStatistics asOf;
    private final HistoryStatistics history;
    private final MovementReport movements;
    private final OrgUnits orgUnits;
    private final SplittableRandom random = new SplittableRandom(42);
    private final List<String> rows = new ArrayList<>();

    private HistoryBenchmark(
            JdbcClient jdbc,
            AsOfStatistics asOf,
            HistoryStatistics history,
            MovementReport movements,
            OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.asOf = asOf;
        this.history = history;
        this.movements = movements;
        this.orgUnits = orgUnits;
    }

    public static void main(String[] args) {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dangvu_hist");
        int runs = Integer.getInteger("bench.runs", 50);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DangVuApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "postgres"),
                        "--server.port=0",
                        "--dangvu.demo.enabled=false",
                        "--dangvu.org.root.kind=NATIONAL",
                        "--dangvu.org.root.code=TW",
                        "--dangvu.org.root.name=Đảng Cộng sản Việt Nam",
                        "--logging.level.root=WARN",
                        "--logging.level.vn.dangvu.report=INFO")) {
            System.out.printf(
                    "Started (migrations and any period rebuild) in %.1f s%n", (System.nanoTime() - started) / 1e9);
            new HistoryBenchmark(
                            context.getBean(JdbcClient.class),
                            context.getBean(AsOfStatistics.class),
                            context.getBean(HistoryStatistics.class),
                            context.getBean(MovementReport.class),
                            context.getBean(OrgUnits.class))
                    .run(runs);
        }
    }

    private void run(int runs) {
        long events =
                jdbc.sql("SELECT COUNT(*) FROM member_event").query(Long.class).single();
        long periods =
                jdbc.sql("SELECT COUNT(*) FROM stat_period").query(Long.class).single();
        long members = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
        OrgUnitRef nation = unit("SELECT id FROM org_unit WHERE parent_id IS NULL");
        List<OrgUnitRef> provinces =
                jdbc.sql("SELECT id FROM org_unit WHERE depth = 1 ORDER BY id").query(Long.class).list().stream()
                        .map(id -> orgUnits.find(id).orElseThrow())
                        .toList();
        List<OrgUnitRef> communes = units("COMMUNE", 200);
        List<OrgUnitRef> grassroots = units("GRASSROOTS_COMMITTEE", 500);
        System.out.printf(
                "%n%,d members, %,d events, %,d periods; %d runs per line (fewer for the nation)%n%n",
                members, events, periods, runs);
        System.out.println("| Question | p50 ms | p95 ms | max ms | members (median) |");
        System.out.println("|---|---:|---:|---:|---:|");

        int nationRuns = Integer.getInteger("bench.nation-runs", 3);
        // the baselines take seconds each: fewer runs of them keep the benchmark within minutes
        int baselineRuns = Integer.getInteger("bench.baseline-runs", runs);
        for (int i = 0; i < 5; i++) {
            LocalDate d = date();
            if (!asOf.statistics(nation, d).equals(history.fromPeriods(nation, d))) {
                throw new IllegalStateException("the dated totals and the periods differ on " + d);
            }
        }
        System.out.println("| (the nation's dated totals equal its periods on 5 random dates) | | | | |");
        time(
                "As of a date, whole nation (all breakdowns, 34 children; dated totals)",
                runs,
                3,
                i -> rows.add(String.valueOf(asOf.statistics(nation, date()).members())));
        time(
                "Baseline: the same from the nation's counted periods",
                nationRuns,
                0,
                i -> rows.add(String.valueOf(history.fromPeriods(nation, date()).members())));
        time(
                "As of a date, a province (all breakdowns; dated totals only with dated-totals-depth 1)",
                runs,
                3,
                i -> rows.add(
                        String.valueOf(asOf.statistics(pick(provinces), date()).members())));
        time(
                "Baseline: nation count by status from member_event (window)",
                nationRuns,
                0,
                i -> rows.add(String.valueOf(baseline(nation.path(), date()))));
        time(
                "As of a date, a commune committee (all breakdowns)",
                runs,
                3,
                i -> rows.add(
                        String.valueOf(asOf.statistics(pick(communes), date()).members())));
        time(
                "Baseline: commune count by status from member_event (window)",
                baselineRuns,
                3,
                i -> rows.add(String.valueOf(baseline(pick(communes).path(), date()))));
        time(
                "As of a date, a grassroots committee (all breakdowns)",
                runs,
                5,
                i -> rows.add(
                        String.valueOf(asOf.statistics(pick(grassroots), date()).members())));
        time(
                "Baseline: grassroots count by status from member_event (window)",
                baselineRuns,
                5,
                i -> rows.add(String.valueOf(baseline(pick(grassroots).path(), date()))));
        time(
                "Movements over a year, whole nation",
                nationRuns,
                0,
                i -> rows.add(String.valueOf(year(nation).end())));
        time(
                "Movements over a year, a commune committee",
                runs,
                3,
                i -> rows.add(String.valueOf(year(pick(communes)).end())));
        time(
                "Movements over a year, a grassroots committee",
                runs,
                5,
                i -> rows.add(String.valueOf(year(pick(grassroots)).end())));
        time(
                "Baseline: a grassroots committee's start and end counts from member_event (2 × window)",
                baselineRuns,
                5,
                i -> {
                    OrgUnitRef u = pick(grassroots);
                    LocalDate to = date();
                    baseline(u.path(), to.minusYears(1));
                    rows.add(String.valueOf(baseline(u.path(), to)));
                });
    }

    private vn.dangvu.report.Movements year(OrgUnitRef unit) {
        LocalDate to = date();
        return movements.movements(unit, to.minusYears(1).plusDays(1), to);
    }

    /**
     * Counted members of the subtree on the day, straight from the history: every member with a step in one of its
     * units, the latest current step on or before the day, counted where it places the member.
     */
    private long baseline(String path, LocalDate day) {
        return jdbc.sql("""
                        WITH units AS (SELECT id FROM org_unit WHERE path >= :p AND path < :pe),
                        latest AS (
                          SELECT e.org_unit_id, e.status_after,
                                 ROW_NUMBER() OVER (PARTITION BY e.member_id ORDER BY e.effective_date DESC, e.id DESC)
                                     AS n
                            FROM member_event e
                           WHERE e.member_id IN (SELECT x.member_id FROM member_event x
                                                  WHERE x.org_unit_id IN (SELECT id FROM units))
                             AND e.effective_date <= :d AND e.kind <> 'ANNULMENT'
                             AND NOT EXISTS (SELECT 1 FROM member_event s WHERE s.supersedes_id = e.id))
                        SELECT COALESCE(SUM(c), 0) FROM (
                          SELECT l.status_after, COUNT(*) AS c FROM latest l
                           WHERE l.n = 1 AND l.org_unit_id IN (SELECT id FROM units)
                             AND l.status_after IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'IN_TRANSIT')
                           GROUP BY l.status_after) s""")
                .param("p", path)
                .param("pe", OrgScope.rangeEnd(path))
                .param("d", day)
                .query(Long.class)
                .single();
    }

    /** A reference date between 2015 and 2025 (seeded). */
    private LocalDate date() {
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
    }

    private OrgUnitRef unit(String sql) {
        return orgUnits.find(jdbc.sql(sql).query(Long.class).single()).orElseThrow();
    }

    private List<OrgUnitRef> units(String kind, int n) {
        return jdbc
                .sql("SELECT id FROM org_unit WHERE kind = :k AND state = 'ACTIVE' ORDER BY id")
                .param("k", kind)
                .query(Long.class)
                .list()
                .stream()
                .filter(id -> random.nextInt(4) == 0)
                .limit(n)
                .map(id -> orgUnits.find(id).orElseThrow())
                .toList();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void time(String label, int runs, int warmUp, IntConsumer query) {
        for (int i = 0; i < warmUp; i++) {
            query.accept(i);
        }
        rows.clear();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        List<Long> sorted = rows.stream().map(Long::parseLong).sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %s |%n",
                label,
                ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1],
                ms[runs - 1],
                sorted.isEmpty() ? "" : String.format(Locale.ROOT, "%,d", sorted.get(sorted.size() / 2)));
    }
}
