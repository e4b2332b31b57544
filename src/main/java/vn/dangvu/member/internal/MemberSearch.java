package vn.dangvu.member.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.member.Ethnicity;
import vn.dangvu.member.MemberPage;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.member.TheoryLevel;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;
import vn.dangvu.shared.text.VietnameseText;

/**
 * The member list: filters, name search, Vietnamese order and paging, in SQL and always within the caller's scope.
 *
 * <p>Pages are ordered by {@code (sort_key, id)}, which the index {@code member_sort_key_idx} serves, so a page asked
 * for with a cursor ({@code after}) costs the same however deep it is; {@code page}/{@code size} (OFFSET) stays for
 * shallow pages. Counting stops at {@link #COUNT_LIMIT}: an exact count of a province or the nation reads every
 * matching row, the page only fifty (docs/benchmarks.md).
 */
@Component
public class MemberSearch {

    /** Counts are exact up to this many matches; beyond it the list says "more than". */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * A type-ahead counts up to this many: a suggestion list needs no more, and counting ten thousand index entries
     * for a common prefix cost more than the page itself (docs/benchmarks.md).
     */
    public static final int TYPE_AHEAD_COUNT_LIMIT = 1_000;

    /** Members read in list order to look for a page of a name with many matches (see {@link #windowed}). */
    static final int WINDOW = 5_000;

    /** The member table, and its narrow copy of the name columns in list order (PostgreSQL, V121). */
    private static final String WIDE = "member m";

    private static final String NARROW = "member_name m";

    /** Pages of member_name at random, about one and a half times the sample's rows (by the table's row estimate). */
    private static final String PAGE_SAMPLE = " TABLESAMPLE SYSTEM ((SELECT LEAST(100, 150.0 * :sample"
            + " / GREATEST(reltuples, 1)) FROM pg_class WHERE oid = 'member_name'::regclass)) REPEATABLE (20251015)";

    /** The columns {@code member_name} holds: a condition on these alone can be asked of it. */
    private static final java.util.Set<String> NARROW_COLUMNS =
            java.util.Set.of("id", "sort_key", "search_name", "org_unit_id");

    private static final Pattern MEMBER_COLUMN = Pattern.compile("\\bm\\.([a-z_]+)");

    /** The share of the sample, in percent, from which a fragment counts as common. */
    static final int COMMON_PERCENT = 5;

    private static final Pattern DIGITS = Pattern.compile("\\d{6,12}");
    private static final String SELECT = """
            SELECT m.id, m.full_name, m.sex, m.birth_date, m.status, m.org_unit_id, m.card_number, m.sort_key,
                   m.search_name, m.ethnicity, m.theory_level, m.admitted_on, m.official_on, d.name AS cell_name
              FROM member m JOIN org_unit_directory d ON d.id = m.org_unit_id
             WHERE\s""";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final OrgUnits orgUnits;
    private final Clock clock;
    private final boolean postgres;
    private final int sample;

    MemberSearch(
            JdbcClient jdbc,
            JdbcTemplate template,
            PlatformTransactionManager transactions,
            OrgUnits orgUnits,
            Clock clock,
            @Value("${dangvu.member-search.common-sample:20000}") int sample) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(template.getDataSource());
        // PostgreSQL streams a result only inside a transaction and with a fetch size; otherwise it loads it whole.
        fetching.setFetchSize(1_000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(fetching));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.orgUnits = orgUnits;
        this.clock = clock;
        this.postgres = vn.dangvu.shared.persistence.Databases.isPostgres(template.getDataSource());
        this.sample = sample;
    }

    /** How many members of a scope are sampled to tell a common fragment from a rare one. */
    int commonSample() {
        return sample;
    }

    /** A row of an export: the list row plus the columns the sheet shows. */
    public record ExportRow(
            MemberSummary summary,
            Ethnicity ethnicity,
            @Nullable TheoryLevel theoryLevel,
            @Nullable LocalDate admittedOn,
            @Nullable LocalDate officialOn) {}

    private record Row(MemberSummary summary, String sortKey) {}

    /** A filter's condition, and the same without its name condition (the scope and the other filters). */
    private record Where(
            String sql,
            Map<String, Object> params,
            String withoutName,
            @Nullable String name) {}

    /** One page of the list. */
    public MemberPage search(MemberFilter filter, OrgScope scope, Paging paging) {
        return search(filter, scope, paging, COUNT_LIMIT, WINDOW);
    }

    /**
     * One page, counting at most {@code countLimit} matches and looking for a page of many matches among the first
     * {@code window} members in list order (tests reach every path with small ones).
     */
    MemberPage search(MemberFilter filter, OrgScope scope, Paging paging, int countLimit, int window) {
        int size = paging.sizeOrDefault();
        Optional<Where> where = where(filter.checked(), scope);
        if (where.isEmpty()) {
            return new MemberPage(List.of(), paging.pageOrDefault(), size, 0, true, null);
        }
        Map<String, Object> params = new HashMap<>(where.get().params());
        String condition = where.get().sql();
        String order = typeAhead(filter) ? "m.search_name" : "m.sort_key";
        Cursor cursor = filter.after() == null ? null : Cursor.decode(filter.after());
        if (cursor != null) {
            // a row comparison: PostgreSQL reads it as a range of the (key, id) index; the same test written with
            // OR is a filter, and a deep cursor then read the list from its start (seconds, docs/benchmarks.md)
            condition += " AND (" + order + ", m.id) > (:afterKey, :afterId)";
            params.put("afterKey", cursor.sortKey());
            params.put("afterId", cursor.id());
        }
        long offset = filter.after() == null ? paging.offset() : 0;
        String orderKey = order.substring(2);
        // A name search reads its matches' keys once: that both counts them and, when they are few, orders the page.
        boolean named = byName(filter) && !typeAhead(filter);
        String table = named && narrow(condition) ? NARROW : WIDE;
        boolean walk = named && common(where.get(), table);
        List<Key> keys = named ? withoutBitmaps(walk, () -> keys(table, where.get(), countLimit + 1, walk)) : List.of();
        int limit = typeAhead(filter) ? Math.min(TYPE_AHEAD_COUNT_LIMIT, countLimit) : countLimit;
        long total = named ? keys.size() : count(where.get(), limit + 1);
        String pageSql = SELECT + condition + " ORDER BY " + order + ", m.id LIMIT :limit OFFSET :offset";
        java.util.function.Supplier<List<Row>> page = () -> jdbc.sql(pageSql)
                .params(params)
                .param("limit", size + 1)
                .param("offset", offset)
                .query((rs, n) -> new Row(summary(rs), rs.getString(orderKey)))
                .list();
        List<Row> rows;
        if (named && total <= countLimit) {
            rows = fewNamedRows(keys, cursor, offset, size + 1);
        } else if (named) {
            String cursorCondition = condition.substring(where.get().sql().length());
            Optional<List<Key>> found =
                    windowed(table, where.get(), cursorCondition, params, window + offset, offset, size + 1);
            if (found.isEmpty() && NARROW.equals(table)) {
                found = Optional.of(narrowPage(walk, condition, params, offset, size + 1));
            }
            rows = found.map(this::rowsOf).orElseGet(page);
        } else {
            rows = page.get();
        }
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Row last = rows.get(size - 1);
            next = new Cursor(last.sortKey(), last.summary().id()).encode();
        }
        return new MemberPage(
                rows.stream().map(Row::summary).toList(),
                filter.after() == null ? paging.pageOrDefault() : 0,
                size,
                Math.min(total, limit),
                total <= limit,
                next);
    }

    /**
     * Whether the filter is a type-ahead: a name asked for from its start ({@code match=PREFIX}). Its matches come in
     * the order of the name index ({@code member_search_idx}: family name first), which serves the page straight from
     * the index whatever the number of matches; the list's given-name order would read and sort every match first.
     */
    private static boolean typeAhead(MemberFilter filter) {
        return filter.match() == MemberFilter.NameMatch.PREFIX && byName(filter);
    }

    /** Whether the filter searches by name (not by card number or citizen ID). */
    private static boolean byName(MemberFilter filter) {
        String q = filter.q() == null ? "" : filter.q().strip();
        return !q.isEmpty() && !DIGITS.matcher(q).matches();
    }

    private record Key(UUID id, String sortKey) {}

    /**
     * Whether a "contains" fragment is common in the scope: at least {@link #COMMON_PERCENT} % of a sample of
     * {@code dangvu.member-search.common-sample} members of the scope (20,000) match it. The trigram index answers a rare fragment at once, but for a
     * common one ("thị", "văn") PostgreSQL builds a bitmap of millions of rows before it reads the first
     * (docs/benchmarks.md); reading the scope in order and stopping at the limit then needs only a few thousand rows
     * per thousand matches. A scope smaller than the sample is small enough for either plan.
     */
    private boolean common(Where where, String table) {
        if (!postgres) {
            return false;
        }
        // the whole registry is sampled by pages drawn at random (a fixed seed: the same answer every time), which
        // the list order of member_name spreads over the alphabet; a scope, in the order its plan reads it
        String from = NARROW.equals(table) && "1 = 1".equals(where.withoutName()) ? NARROW + PAGE_SAMPLE : table;
        long[] counts = jdbc.sql("SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE s.search_name LIKE :name ESCAPE '\\')"
                        + " AS hits FROM (SELECT m.search_name FROM " + from + " WHERE " + where.withoutName()
                        + " LIMIT :sample) s")
                .params(where.params())
                .param("sample", sample)
                .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("hits")})
                .single();
        return counts[0] >= this.sample && counts[1] * 100 >= counts[0] * COMMON_PERCENT;
    }

    /**
     * Whether a name search's condition can be asked of {@code member_name} (PostgreSQL): it names only the columns
     * that table holds (the name, the list order, the unit: a name within a scope, not with other filters).
     */
    private boolean narrow(String condition) {
        if (!postgres) {
            return false;
        }
        java.util.regex.Matcher columns = MEMBER_COLUMN.matcher(condition);
        while (columns.find()) {
            if (!NARROW_COLUMNS.contains(columns.group(1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page of a name with many matches, from {@code member_name}, when the window did not hold it. A common
     * fragment ({@link #common}) is looked for by walking the list order, which meets its matches every few rows; a
     * rarer one is found by the trigram bitmap and sorted: the matches of a given name are neighbours in that table, so
     * ordering even tens of thousands of them reads a few hundred pages. The planner, which guesses a fragment's
     * matches from letter statistics, is told which plan to take.
     */
    private List<Key> narrowPage(boolean walk, String condition, Map<String, Object> params, long offset, int limit) {
        List<String> plan = walk
                ? List.of("enable_bitmapscan", "enable_seqscan", "enable_sort", "max_parallel_workers_per_gather")
                : List.of("enable_indexscan");
        return readOnly.execute(tx -> {
            plan.forEach(setting -> jdbc.sql("SET LOCAL " + setting + " = " + (setting.startsWith("max") ? "0" : "off"))
                    .update());
            try {
                return jdbc.sql(plan(walk) + "SELECT m.id, m.sort_key FROM " + NARROW + " WHERE " + condition
                                + " ORDER BY m.sort_key, m.id LIMIT :limit OFFSET :offset")
                        .params(params)
                        .param("limit", limit)
                        .param("offset", offset)
                        .query((rs, n) -> new Key(rs.getObject("id", UUID.class), rs.getString("sort_key")))
                        .list();
            } finally {
                plan.forEach(setting -> jdbc.sql("RESET " + setting).update());
            }
        });
    }

    /**
     * The page of a name with more matches than the count limit, looked for among the first {@code window} members
     * of the scope in list order (after the cursor; {@link #WINDOW} and the page's offset): present when the window holds a full page, which is then exactly
     * the page (any match outside the window comes later in the order). A fragment spread over the list fills it in a
     * few thousand rows; one that sorts late (part of given names near the end of the alphabet) does not, and is left
     * to the planner, which sorts the matches.
     */
    private Optional<List<Key>> windowed(
            String table,
            Where where,
            String cursorCondition,
            Map<String, Object> params,
            long window,
            long offset,
            int limit) {
        if (where.name() == null) {
            return Optional.empty();
        }
        String sql = "SELECT m.id, m.sort_key FROM (SELECT m.id, m.sort_key, m.search_name FROM " + table + " WHERE "
                + where.withoutName() + cursorCondition + " ORDER BY m.sort_key, m.id LIMIT :window) m WHERE "
                + where.name() + " ORDER BY m.sort_key, m.id LIMIT :limit OFFSET :offset";
        List<Key> keys = jdbc.sql(sql)
                .params(params)
                .param("window", window)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Key(rs.getObject("id", UUID.class), rs.getString("sort_key")))
                .list();
        return keys.size() == limit ? Optional.of(keys) : Optional.empty();
    }

    /**
     * A comment naming the plan a query is run with. PostgreSQL keeps the plan of a statement the driver has prepared
     * and uses it again whatever the planner settings are when it runs, so the same text asked with bitmap scans off
     * (a common fragment) and on (a rare one) must be two statements: with one, "nguyễn" ran 0.9 s on the plan kept
     * from a rare fragment (a sort of 2.2 million matches) instead of 30 ms (docs/benchmarks.md).
     */
    private static String plan(boolean walk) {
        return walk ? "/* walk */ " : "/* bitmap */ ";
    }

    /** Runs a name search's query with bitmap scans off when its fragment is common (see {@link #common}). */
    private <T> T withoutBitmaps(boolean walk, java.util.function.Supplier<T> query) {
        if (!walk) {
            return query.get();
        }
        // SET LOCAL ends with the transaction; it is set back at once in case the search runs inside a caller's
        return readOnly.execute(tx -> {
            jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
            try {
                return query.get();
            } finally {
                jdbc.sql("SET LOCAL enable_bitmapscan = on").update();
            }
        });
    }

    /**
     * The keys of a name search's matches, at most {@code limit} of them: one pass through the name indexes that
     * both counts the matches and, when they are few, gives the page its order.
     */
    private List<Key> keys(String table, Where where, int limit, boolean walk) {
        return jdbc.sql(plan(walk) + "SELECT m.id, m.sort_key FROM " + table + " WHERE " + where.sql()
                        + " LIMIT :keyLimit")
                .params(where.params())
                .param("keyLimit", limit)
                .query((rs, n) -> new Key(rs.getObject("id", UUID.class), rs.getString("sort_key")))
                .list();
    }

    /**
     * A page of a name search with few matches (at most {@link #COUNT_LIMIT}): the matches' keys sorted here, then the
     * page's rows by id. Walking the given-name index instead would read every member in that order until the page is
     * full, which for a rare name is most of the registry (docs/benchmarks.md).
     */
    private List<Row> fewNamedRows(List<Key> matches, @Nullable Cursor after, long offset, int limit) {
        java.util.Comparator<Key> order =
                java.util.Comparator.comparing(Key::sortKey).thenComparing(k -> k.id().toString());
        List<Key> keys = new ArrayList<>(matches);
        keys.sort(order);
        if (after != null) {
            Key last = new Key(after.id(), after.sortKey());
            keys = keys.stream().filter(k -> order.compare(k, last) > 0).toList();
        }
        int from = (int) Math.min(offset, keys.size());
        return rowsOf(keys.subList(from, Math.min(from + limit, keys.size())));
    }

    /** The list rows of the members, in the keys' order. */
    private List<Row> rowsOf(List<Key> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, Row> byId = new HashMap<>();
        jdbc.sql(SELECT + " m.id IN (:ids)")
                .param("ids", page.stream().map(Key::id).toList())
                .query((rs, n) ->
                        byId.put(rs.getObject("id", UUID.class), new Row(summary(rs), rs.getString("sort_key"))))
                .list();
        return page.stream()
                .map(k -> byId.get(k.id()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** How many members match, counting at most {@code limit}. */
    public long count(MemberFilter filter, OrgScope scope, int limit) {
        return where(filter.checked(), scope).map(w -> count(w, limit)).orElse(0L);
    }

    /**
     * Streams every matching member, in list order, to {@code sink} in one read-only transaction, fetching a thousand
     * rows at a time (never the whole result in memory).
     */
    public void forEach(MemberFilter filter, OrgScope scope, Consumer<ExportRow> sink) {
        Optional<Where> where = where(filter.checked(), scope);
        if (where.isEmpty()) {
            return;
        }
        readOnly.executeWithoutResult(tx -> streaming
                .sql(SELECT + where.get().sql() + " ORDER BY m.sort_key, m.id")
                .params(where.get().params())
                .query(rs -> {
                    sink.accept(new ExportRow(
                            summary(rs),
                            Ethnicity.valueOf(rs.getString("ethnicity")),
                            code(TheoryLevel.class, rs.getString("theory_level")),
                            rs.getObject("admitted_on", LocalDate.class),
                            rs.getObject("official_on", LocalDate.class)));
                }));
    }

    private long count(Where where, int limit) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM member m WHERE " + where.sql() + " LIMIT :countLimit) c")
                .params(where.params())
                .param("countLimit", limit)
                .query(Long.class)
                .single();
    }

    /** The WHERE clause of a filter within a scope; empty when the asked-for subtree is not visible. */
    private Optional<Where> where(MemberFilter filter, OrgScope scope) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        @Nullable String nameCondition = null;
        List<String> roots = rootPaths();
        scopeCondition(scope, roots, params).ifPresent(where::add);
        if (filter.orgUnitId() != null) {
            Optional<String> path =
                    orgUnits.findWithin(filter.orgUnitId(), scope).map(u -> u.path());
            if (path.isEmpty()) {
                return Optional.empty();
            }
            if (!roots.contains(path.get())) {
                SqlFragment subtree = orgUnits.unitInSubtree("m.org_unit_id", path.get(), "sub");
                where.add(subtree.sql());
                params.putAll(subtree.params());
            }
        }
        String q = filter.q() == null ? "" : filter.q().strip();
        if (!q.isEmpty()) {
            if (DIGITS.matcher(q).matches()) {
                where.add("(m.card_number = :q OR m.citizen_id = :q)");
                params.put("q", q);
            } else {
                String key = VietnameseText.searchKey(q);
                boolean contains = filter.match() == null
                        ? key.length() >= 3
                        : filter.match() == MemberFilter.NameMatch.CONTAINS && key.length() >= 3;
                params.put("name", contains ? "%" + escapeLike(key) + "%" : escapeLike(key) + "%");
                if (contains || key.isEmpty()) {
                    nameCondition = "m.search_name LIKE :name ESCAPE '\\'";
                } else {
                    // a prefix as the range of keys it starts: unlike LIKE with a parameter, a range lets PostgreSQL
                    // keep one plan for the prepared statement instead of planning every keystroke again
                    nameCondition = "m.search_name >= :nameFrom AND m.search_name < :nameTo";
                    params.put("nameFrom", key);
                    params.put(
                            "nameTo", key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1));
                }
                where.add(nameCondition);
            }
        }
        if (!filter.statuses().isEmpty()) {
            where.add("m.status IN (:statuses)");
            params.put(
                    "statuses",
                    filter.statuses().stream()
                            .map(MemberStatus::name)
                            .distinct()
                            .toList());
        }
        if (filter.sex() != null) {
            where.add("m.sex = :sex");
            params.put("sex", filter.sex());
        }
        LocalDate today = LocalDate.now(clock);
        if (filter.minAge() != null) {
            where.add("m.birth_date <= :bornBy");
            params.put("bornBy", today.minusYears(filter.minAge()));
        }
        if (filter.maxAge() != null) {
            where.add("m.birth_date > :bornAfter");
            params.put("bornAfter", today.minusYears(filter.maxAge() + 1L));
        }
        if (filter.ethnicity() != null) {
            where.add("m.ethnicity = :ethnicity");
            params.put("ethnicity", filter.ethnicity().name());
        }
        if (filter.theoryLevel() != null) {
            where.add("m.theory_level = :theoryLevel");
            params.put("theoryLevel", filter.theoryLevel().name());
        }
        if (filter.admittedFrom() != null) {
            where.add("m.admitted_on >= :admittedFrom");
            params.put("admittedFrom", filter.admittedFrom());
        }
        if (filter.admittedTo() != null) {
            where.add("m.admitted_on <= :admittedTo");
            params.put("admittedTo", filter.admittedTo());
        }
        String name = nameCondition;
        List<String> others = where.stream().filter(c -> !c.equals(name)).toList();
        return Optional.of(new Where(and(where), params, and(others), nameCondition));
    }

    private static String and(List<String> conditions) {
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }

    /**
     * The scope condition, or none when the scope holds every root of the tree: then it is true of every member, and
     * leaving it out spares the database a semi-join with every unit of the country.
     */
    private Optional<String> scopeCondition(OrgScope scope, List<String> roots, Map<String, Object> params) {
        if (!scope.paths().isEmpty() && roots.stream().allMatch(scope::covers)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!scope.paths().isEmpty()) {
            SqlFragment within = orgUnits.unitWithin("m.org_unit_id", scope, "scope");
            parts.add(within.sql());
            params.putAll(within.params());
        }
        if (scope.selfMemberId() != null) {
            parts.add("m.id = :self");
            params.put("self", scope.selfMemberId());
        }
        return Optional.of(parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")");
    }

    private List<String> rootPaths() {
        return jdbc.sql("SELECT path FROM org_unit_directory WHERE parent_id IS NULL")
                .query(String.class)
                .list();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static MemberSummary summary(ResultSet rs) throws SQLException {
        return new MemberSummary(
                rs.getObject("id", UUID.class),
                rs.getString("full_name"),
                rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class),
                MemberStatus.valueOf(rs.getString("status")),
                rs.getLong("org_unit_id"),
                rs.getString("cell_name"),
                rs.getString("card_number"));
    }

    private static <E extends Enum<E>> @Nullable E code(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Position after the last row of a page: its sort key and id, URL-safe Base64. */
    record Cursor(String sortKey, UUID id) {

        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((sortKey + '\n' + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                int cut = decoded.lastIndexOf('\n');
                return new Cursor(decoded.substring(0, cut), UUID.fromString(decoded.substring(cut + 1)));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "member.search.cursor.invalid")
                        .onField("after");
            }
        }
    }
}
