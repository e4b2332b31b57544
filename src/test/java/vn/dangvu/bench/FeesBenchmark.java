package vn.dangvu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.DangVuApplication;
import vn.dangvu.duty.FeeArrears;
import vn.dangvu.duty.FeeCollectionReport;
import vn.dangvu.duty.Fees;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Paging;

/**
 * The party-fee benchmark (issue 9): on a PostgreSQL database filled by {@code bench/fees-fill.sql} (500,000 members,
 * a year of fee rows), starts the application in this JVM and times the server-side answers of {@code GET
 * /api/v1/fees/arrears} (first page of 50) and {@code GET /api/v1/fees/report} (the year to date) — {@link Fees},
 * scope check and set-based SQL over the subtree — for the city root, a commune (district level) and a grassroots
 * organisation, each beside a trivial read in the same run ({@link OrgUnits#findWithin}, the scope check every
 * request makes). With {@code -Dbench.migrateOnly=true} it only starts once (Flyway migrates) and stops; with
 * {@code -Dbench.cityArrears=false} it leaves out the city's arrears (the longest line). Prints a
 * Markdown table. Not a test: run by {@code bench/fees.sh}.
 */
public final class FeesBenchmark {

    private FeesBenchmark() {}

    public static void main(String[] args) {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dangvu_fees");
        int runs = Integer.getInteger("bench.runs", 20);
        int cityRuns = Integer.getInteger("bench.cityRuns", 5);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DangVuApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "postgres"),
                        "--server.port=0",
                        "--dangvu.demo.enabled=false",
                        "--dangvu.reports.count-at-start=false",
                        "--logging.level.root=WARN")) {
            System.out.printf("Start-up: %.1f s%n", (System.nanoTime() - started) / 1e9);
            if (Boolean.getBoolean("bench.migrateOnly")) {
                return;
            }
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Fees fees = context.getBean(Fees.class);
            OrgUnits units = context.getBean(OrgUnits.class);
            OrgScope city = new OrgScope(List.of("/1/"), null);
            int year = LocalDate.now().getYear();
            System.out.printf(
                    "Data: %d members, %d bases, %d reliefs, %d payments; year %d%n",
                    count(jdbc, "member"),
                    count(jdbc, "duty_fee_basis"),
                    count(jdbc, "duty_fee_relief"),
                    count(jdbc, "duty_fee_payment"),
                    year);
            long commune = jdbc.sql("SELECT MIN(id) FROM org_unit WHERE kind = 'COMMUNE'")
                    .query(Long.class)
                    .single();
            long grassroots = jdbc.sql("SELECT MIN(id) FROM org_unit WHERE kind = 'GRASSROOTS_COMMITTEE'")
                    .query(Long.class)
                    .single();
            System.out.println();
            System.out.println("| Unit | members | read | result | p50 ms | p95 ms | max ms | runs |");
            System.out.println("|---|---:|---|---|---:|---:|---:|---:|");
            for (long unit : new long[] {grassroots, commune, 1L}) {
                int n = unit == 1L ? cityRuns : runs;
                String path = units.findWithin(unit, city).orElseThrow().path();
                long members = jdbc.sql("SELECT COUNT(*) FROM member m JOIN org_unit u ON u.id = m.org_unit_id"
                                + " WHERE u.path LIKE :p")
                        .param("p", path + "%")
                        .query(Long.class)
                        .single();
                String name = units.findWithin(unit, city).orElseThrow().name();
                time(name, members, "baseline: scope check (findWithin)", n, () -> {
                    units.findWithin(unit, city).orElseThrow();
                    return "";
                });
                if (unit == 1L && !Boolean.parseBoolean(System.getProperty("bench.cityArrears", "true"))) {
                    time(name, members, "collection report, year to date", n, () -> {
                        FeeCollectionReport r = fees.collection(unit, year, null, city);
                        return r.cells().size() + " cells, " + r.rate() + " % collected";
                    });
                    continue;
                }
                time(name, members, "arrears, first page of 50", n, () -> {
                    FeeArrears a = fees.arrears(unit, year, new Paging(0, 50), city);
                    return a.total() + " in arrears, " + a.meetingRule() + " meet the rule";
                });
                time(name, members, "collection report, year to date", n, () -> {
                    FeeCollectionReport r = fees.collection(unit, year, null, city);
                    return r.cells().size() + " cells, " + r.rate() + " % collected";
                });
            }
        }
    }

    private static void time(String unit, long members, String what, int runs, Supplier<String> call) {
        String result = call.get(); // warm-up
        call.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(null);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %s | %s | %.1f | %.1f | %.1f | %d |%n",
                unit,
                members,
                what,
                result,
                percentile(times, 50),
                percentile(times, 95),
                times.get(times.size() - 1),
                runs);
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
