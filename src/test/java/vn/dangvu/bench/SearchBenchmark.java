package vn.dangvu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.DangVuApplication;
import vn.dangvu.demo.internal.NationalLoad;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.internal.MemberFilter;
import vn.dangvu.member.internal.MemberSearch;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Paging;

/**
 * The member search benchmark at national scale (registry acceptance): loads the NATIONAL demo into the (empty)
 * PostgreSQL database named by {@code -Dbench.url} unless it holds members already, then times the application's own
 * search ({@link MemberSearch}: page of 50 plus bounded count, as the API runs it) and, beside it in the same run, raw
 * SQL baselines (query-time {@code unaccent()} without an index, exact counts). Prints a Markdown table of p50/p95/p99.
 * Not a test: run by {@code bench/search.sh}, never by the build.
 */
public final class SearchBenchmark {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 1);

    private final JdbcClient jdbc;
    private final MemberSearch search;
    private final OrgScope nation;
    private final SplittableRandom random = new SplittableRandom(42);
    private final List<String> rows = new ArrayList<>();

    private SearchBenchmark(JdbcClient jdbc, MemberSearch search, String rootPath) {
        this.jdbc = jdbc;
        this.search = search;
        this.nation = new OrgScope(List.of(rootPath), null);
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/dangvu_bench");
        int runs = Integer.getInteger("bench.runs", 300);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DangVuApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.user", "postgres"),
                        "--server.port=0",
                        "--dangvu.demo.enabled=false",
                        "--dangvu.reports.count-at-start=false",
                        "--dangvu.org.root.kind=NATIONAL",
                        "--dangvu.org.root.code=TW",
                        "--dangvu.org.root.name=Đảng Cộng sản Việt Nam",
                        "--logging.level.root=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long members =
                    jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
            if (members == 0) {
                long started = System.nanoTime();
                NationalLoad.Result loaded = NationalLoad.load(
                        context.getBean(DataSource.class),
                        20251015L,
                        REFERENCE_DATE,
                        (n, ns) -> System.out.printf("  %,d members in %.1f s%n", n, ns / 1e9));
                System.out.printf(
                        "Loaded %,d units and %,d members in %.1f s (generate + COPY %.1f s, indexes %.1f s,"
                                + " VACUUM ANALYZE %.1f s)%n",
                        loaded.units(),
                        loaded.members(),
                        (System.nanoTime() - started) / 1e9,
                        loaded.generateAndCopyMs() / 1e3,
                        loaded.indexMs() / 1e3,
                        loaded.analyzeMs() / 1e3);
            }
            String rootPath = jdbc.sql("SELECT path FROM org_unit WHERE parent_id IS NULL")
                    .query(String.class)
                    .single();
            new SearchBenchmark(jdbc, context.getBean(MemberSearch.class), rootPath).run(runs);
        }
    }

    private void run(int runs) {
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS unaccent").update();
        List<String> names = sample("full_name", 2_000);
        List<String> cards = sample("card_number", 500);
        List<String> citizenIds = sample("citizen_id", 500);
        List<Long> provinces = jdbc.sql("SELECT id FROM org_unit WHERE kind = 'PROVINCIAL' ORDER BY id")
                .query(Long.class)
                .list();
        List<Long> communes = jdbc.sql("SELECT id FROM org_unit WHERE kind = 'COMMUNE' ORDER BY id")
                .query(Long.class)
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single();
        Paging first = new Paging(0, 50);
        System.out.printf("%n%,d members, %d runs per line (after 20 warm-up runs)%n%n", total, runs);
        System.out.println("| Query | p50 ms | p95 ms | p99 ms | max ms | rows (median) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");

        time("Name prefix (type-ahead, 3+ letters of a real name), page + count", runs, i -> {
            String key = key(pick(names));
            String prefix = key.substring(0, 3 + random.nextInt(Math.max(1, key.length() - 2)));
            rows(search.search(filter(prefix, MemberFilter.NameMatch.PREFIX, null), nation, first));
        });
        time("Name prefix, whole words (family + middle names)", runs, i -> {
            String[] words = key(pick(names)).split(" ");
            String prefix = String.join(" ", Arrays.copyOf(words, 1 + random.nextInt(words.length)));
            rows(search.search(filter(prefix, MemberFilter.NameMatch.PREFIX, null), nation, first));
        });
        time("Contains (a word or two of a real name, 3+ letters), page + count", runs, i -> {
            String fragment = fragment(pick(names));
            long t = System.nanoTime();
            rows(search.search(filter(fragment, MemberFilter.NameMatch.CONTAINS, null), nation, first));
            slow(fragment, t);
        });
        time("Contains, the page only (no count)", runs, i -> {
            MemberFilter f = filter(fragment(pick(names)), MemberFilter.NameMatch.CONTAINS, null);
            rows.add(String.valueOf(
                    search.search(f, nation, new Paging(0, 50)).content().size()));
        });
        int unaccentRuns = Math.max(10, runs / 20);
        time("Baseline: same contains through unaccent(lower(full_name)) LIKE, no index", unaccentRuns, i -> {
            String q = fragment(pick(names));
            List<UUID> page =
                    jdbc.sql("""
                            SELECT id FROM member WHERE unaccent(lower(full_name)) LIKE :q
                             ORDER BY sort_key, id LIMIT 51""").param("q", "%" + q + "%").query(UUID.class).list();
            rows.add(String.valueOf(page.size()));
        });
        time("Card number lookup", runs, i -> rows(search.search(filter(pick(cards), null, null), nation, first)));
        time("Citizen ID lookup", runs, i -> rows(search.search(filter(pick(citizenIds), null, null), nation, first)));
        time("Filtered province page (official, women, age 30–50), page + count", runs, i -> {
            MemberFilter f = new MemberFilter(
                    null,
                    null,
                    pick(provinces),
                    List.of(MemberStatus.OFFICIAL),
                    "F",
                    30,
                    50,
                    null,
                    null,
                    null,
                    null,
                    null);
            rows(search.search(f, nation, first));
        });
        time("Filtered commune page (Kinh, admitted 2000–2015), page + count", runs, i -> {
            MemberFilter f = new MemberFilter(
                    null,
                    null,
                    pick(communes),
                    null,
                    null,
                    null,
                    null,
                    vn.dangvu.member.Ethnicity.KINH,
                    null,
                    LocalDate.of(2000, 1, 1),
                    LocalDate.of(2015, 12, 31),
                    null);
            rows(search.search(f, nation, first));
        });
        time(
                "Whole nation, first page + bounded count",
                runs,
                i -> rows(search.search(filter(null, null, null), nation, first)));
        time(
                "Deep page by OFFSET (page 200 of 50, whole nation)",
                Math.max(20, runs / 5),
                i -> rows(search.search(filter(null, null, null), nation, new Paging(200, 50))));
        List<String> cursors = cursors(200);
        time("Deep page by cursor (random position in 5.6 M), page + count", runs, i -> {
            MemberFilter f =
                    new MemberFilter(null, null, null, null, null, null, null, null, null, null, null, pick(cursors));
            rows(search.search(f, nation, first));
        });
        time(
                "Bounded count (≤ 10,000) of a province",
                runs,
                i -> rows.add(String.valueOf(
                        search.count(filter(null, null, pick(provinces)), nation, MemberSearch.COUNT_LIMIT + 1))));
        time("Baseline: exact COUNT(*) of a province", Math.max(20, runs / 5), i -> {
            String province = path(pick(provinces));
            rows.add(String.valueOf(jdbc.sql("""
                            SELECT COUNT(*) FROM member m WHERE m.org_unit_id IN (
                              SELECT u.id FROM org_unit u WHERE u.path >= :p AND u.path < :e)""")
                    .param("p", province)
                    .param("e", OrgScope.rangeEnd(province))
                    .query(Long.class)
                    .single()));
        });
        time(
                "Baseline: exact COUNT(*) of the nation",
                10,
                i -> rows.add(String.valueOf(jdbc.sql("SELECT COUNT(*) FROM member")
                        .query(Long.class)
                        .single())));
    }

    private MemberFilter filter(String q, MemberFilter.NameMatch match, Long orgUnitId) {
        return new MemberFilter(q, match, orgUnitId, null, null, null, null, null, null, null, null, null);
    }

    private void rows(vn.dangvu.member.MemberPage page) {
        rows.add(page.totalElements() + (page.totalExact() ? "" : "+"));
    }

    private String path(long unitId) {
        return jdbc.sql("SELECT path FROM org_unit WHERE id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }

    /** Values of a column at random positions of the table (seeded). */
    private List<String> sample(String column, int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID from = new UUID(random.nextLong(), random.nextLong());
            values.add(jdbc.sql("SELECT " + column + " FROM member WHERE id >= :from ORDER BY id LIMIT 1")
                    .param("from", from)
                    .query(String.class)
                    .optional()
                    .orElseGet(() -> jdbc.sql("SELECT " + column + " FROM member ORDER BY id LIMIT 1")
                            .query(String.class)
                            .single()));
        }
        return values;
    }

    /** Cursors (as the API hands them out: sort key and id, Base64) at random positions of the whole list. */
    private List<String> cursors(int n) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var row = jdbc.sql("SELECT sort_key, id FROM member WHERE sort_key >= :k ORDER BY sort_key, id LIMIT 1")
                    .param("k", randomSortKey())
                    .query((rs, r) -> rs.getString(1) + '\n' + rs.getObject(2, UUID.class))
                    .optional();
            if (row.isEmpty()) {
                continue; // past the last key of the list
            }
            result.add(java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(row.get().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return result;
    }

    private String randomSortKey() {
        // a given name's first letter, then a random second one: positions all over the alphabet
        return new String(new char[] {(char) ('0' + random.nextInt(33)), (char) ('0' + random.nextInt(33))});
    }

    /** A word or two of the name's search key, at least three letters. */
    private String fragment(String name) {
        String[] words = key(name).split(" ");
        int start = random.nextInt(words.length);
        String fragment = words[start];
        if (fragment.length() < 3 || (start + 1 < words.length && random.nextBoolean())) {
            fragment = start + 1 < words.length ? fragment + " " + words[start + 1] : words[start - 1] + " " + fragment;
        }
        return fragment;
    }

    private static String key(String name) {
        return vn.dangvu.shared.text.VietnameseText.searchKey(name);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Names the searches slower than {@code bench.slow-ms} (default 1,000), to look at their plans. */
    private static void slow(String fragment, long started) {
        double ms = (System.nanoTime() - started) / 1e6;
        if (ms > Long.getLong("bench.slow-ms", 1_000)) {
            System.err.printf(Locale.ROOT, "slow: %.0f ms for \"%s\"%n", ms, fragment);
        }
    }

    private void time(String label, int runs, IntConsumer query) {
        String only = System.getProperty("bench.only", "");
        if (!label.contains(only)) {
            return;
        }
        for (int i = 0; i < 20; i++) {
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
        List<String> sortedRows = new ArrayList<>(rows);
        sortedRows.sort((a, b) -> Long.compare(num(a), num(b)));
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %.2f | %s |%n",
                label,
                ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1],
                ms[(int) Math.ceil(runs * 0.99) - 1],
                ms[runs - 1],
                sortedRows.isEmpty() ? "" : sortedRows.get(sortedRows.size() / 2));
    }

    private static long num(String text) {
        return Long.parseLong(text.replace("+", ""));
    }
}
