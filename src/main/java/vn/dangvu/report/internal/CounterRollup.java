package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.report.StatBands;
import vn.dangvu.shared.OrgScope;

/**
 * Counts from scratch, set-based, on H2 and PostgreSQL alike: the contributions of the counted members of a subtree
 * (or of the whole tree) into {@code stat_member}, their counts per unit into {@code stat_rollup}, then the sums rolled
 * up level by level by {@code depth} (each level adds its rows to its parents), the cells' size bands from the rolled-up
 * totals, rolled up the same way. The sums are stored in {@code org_stat}, but for the member breakdowns of the cells,
 * which are counted when read ({@link CounterStore#rowsOf}). Runs in the caller's transaction, which holds the state row's lock.
 */
@Component
class CounterRollup {

    /**
     * A work row's pseudo-dimension: a cell's change in counted members (its size band's input), never rolled up nor
     * stored.
     */
    private static final String CELL_NET = "CELL_NET";

    /** The work rows that are stored: all but the member breakdowns of the cells (counted when read). */
    private static final String STORED = "stat_rollup.dimension <> '" + CELL_NET + "' AND (stat_rollup.dimension"
            + " NOT IN (" + MemberContribution.DIMENSIONS_SQL + ") OR NOT EXISTS (SELECT 1 FROM report_org_unit c"
            + " WHERE c.id = stat_rollup.org_unit_id AND c.kind IN (" + CountingPolicy.CELL_KINDS_SQL + ")))";

    /**
     * The unit a stored contribution is summed at when the cells' breakdowns are not stored: a cell's parent (the
     * first unit that stores them), any other unit itself.
     */
    private static final String COUNTED_AT = "CASE WHEN c.kind IN (" + CountingPolicy.CELL_KINDS_SQL
            + ") AND c.parent_id IS NOT NULL THEN c.parent_id ELSE s.org_unit_id END";

    private final JdbcClient jdbc;
    private final boolean postgres;

    CounterRollup(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = vn.dangvu.shared.persistence.Databases.isPostgres(dataSource);
    }

    /** The units counted: a subtree by its path, or the whole tree. */
    record Range(@Nullable String path) {
        static final Range ALL = new Range(null);

        String on(String alias) {
            return path == null ? "1 = 1" : alias + ".path >= :rangeFrom AND " + alias + ".path < :rangeTo";
        }

        Map<String, Object> params() {
            return path == null ? Map.of() : Map.of("rangeFrom", path, "rangeTo", OrgScope.rangeEnd(path));
        }
    }

    /** Rewrites the stored contributions of the members of the range's units, bands on {@code asOf}. */
    void storeContributions(Range range, LocalDate asOf) {
        if (range.path() == null) {
            jdbc.sql("DELETE FROM stat_member").update();
        } else {
            jdbc.sql("DELETE FROM stat_member WHERE org_unit_id IN (SELECT u.id FROM report_org_unit u WHERE "
                            + range.on("u") + ")")
                    .params(range.params())
                    .update();
        }
        insertContributions(
                "report_member m",
                range.on("u"),
                range.params(),
                asOf,
                educationGroups("SELECT general_education FROM report_member", Map.of()));
    }

    /**
     * Stores the contributions of the counted members of {@code members} (aliased {@code m}, with the columns of
     * {@code report_member}) that meet {@code condition} (on {@code m} and {@code u}), the recorded grades read by
     * {@code education} ({@link #educationGroups}).
     */
    private void insertContributions(
            String members,
            String condition,
            Map<String, Object> conditionParams,
            LocalDate asOf,
            Map<String, List<String>> education) {
        jdbc.sql(contributionsInsert(members, condition))
                .params(contributionParams(conditionParams, asOf, education))
                .update();
    }

    /** The parameters of {@link #contributionsInsert}: the condition's, the bands' edges on {@code asOf}, the grades. */
    private static Map<String, Object> contributionParams(
            Map<String, Object> conditionParams, LocalDate asOf, Map<String, List<String>> education) {
        Map<String, Object> params = new HashMap<>(conditionParams);
        List<LocalDate> age = CountingPolicy.boundaries(CountingPolicy.AGE_EDGES, asOf);
        List<LocalDate> party = CountingPolicy.boundaries(CountingPolicy.PARTY_AGE_EDGES, asOf);
        for (int i = 0; i < 5; i++) {
            params.put("age" + i, age.get(i));
            params.put("party" + i, party.get(i));
        }
        params.put("asOf", asOf);
        params.put("counted", CountingPolicy.COUNTED_NAMES);
        params.put("primary", education.get("PRIMARY"));
        params.put("lower", education.get("LOWER_SECONDARY"));
        params.put("upper", education.get("UPPER_SECONDARY"));
        return params;
    }

    /** The insert of {@link #insertContributions}, with its parameters named as {@link #contributionParams} names them. */
    private static String contributionsInsert(String members, String condition) {
        return """
                INSERT INTO stat_member (member_id, org_unit_id, status, sex, age_band, ethnicity, religion,
                       general_education, professional_level, theory_level, party_age_band)
                SELECT m.id, m.org_unit_id, m.status, m.sex,
                       CASE WHEN m.birth_date > :age0 THEN 'LE_30' WHEN m.birth_date > :age1 THEN '31_40'
                            WHEN m.birth_date > :age2 THEN '41_50' WHEN m.birth_date > :age3 THEN '51_60'
                            WHEN m.birth_date > :age4 THEN '61_70' ELSE 'GT_70' END,
                       COALESCE(NULLIF(m.ethnicity, ''), 'UNKNOWN'), COALESCE(NULLIF(m.religion, ''), 'UNKNOWN'),
                       CASE WHEN m.general_education IN (:primary) THEN 'PRIMARY'
                            WHEN m.general_education IN (:lower) THEN 'LOWER_SECONDARY'
                            WHEN m.general_education IN (:upper) THEN 'UPPER_SECONDARY' ELSE 'UNKNOWN' END,
                       COALESCE(NULLIF(m.professional_level, ''), 'UNKNOWN'),
                       COALESCE(NULLIF(m.theory_level, ''), 'UNKNOWN'),
                       CASE WHEN m.first_admitted_on IS NULL OR m.first_admitted_on > :asOf THEN 'UNKNOWN'
                            WHEN m.first_admitted_on > :party0 THEN 'LT_10'
                            WHEN m.first_admitted_on > :party1 THEN '10_19'
                            WHEN m.first_admitted_on > :party2 THEN '20_29'
                            WHEN m.first_admitted_on > :party3 THEN '30_39'
                            WHEN m.first_admitted_on > :party4 THEN '40_49' ELSE 'GE_50' END
                  FROM %s JOIN report_org_unit u ON u.id = m.org_unit_id
                 WHERE u.state = 'ACTIVE' AND m.status IN (:counted) AND
                """.formatted(members) + " " + condition;
    }

    /**
     * Replaces the stored contributions of a set of members ({@code members}: a query of their ids) and applies the
     * difference to the counters: the old contributions counted negative and the new ones positive, per unit, rolled
     * up to the roots; cells whose counted members changed size band move between CELL_SIZE buckets; a bucket that
     * reaches zero is deleted by the same {@code MERGE} (only non-zero buckets are kept). Set-based, in proportion to
     * the set (an import), not to the subtree it lies in.
     *
     * @param stored the part of {@code members} that may have a stored contribution (new members have none: their
     *     ids are new), so that only those are read and taken away
     * @param newRecords the rest, the new members, as a query with the columns of {@code report_member}: read from
     *     where they were written (an import's staging rows), not looked up again one by one in the member table
     */
    void diffMembers(String members, String stored, String newRecords, Map<String, Object> params, LocalDate asOf) {
        jdbc.sql("DELETE FROM stat_rollup").update();
        countChanges("s.member_id IN (" + stored + ")", params, -1);
        jdbc.sql("DELETE FROM stat_member WHERE member_id IN (" + stored + ")")
                .params(params)
                .update();
        Map<String, List<String>> education = educationGroups(
                "SELECT m.general_education FROM report_member m WHERE m.id IN (" + stored + ")"
                        + " UNION SELECT n.general_education FROM (" + newRecords + ") n",
                params);
        if (postgres) {
            // the new contributions summed as they are written (RETURNING), instead of read back from stat_member by
            // key: for an import of 500,000 members, a second pass over as many rows (docs/benchmarks.md)
            String added = "WITH changed AS (" + contributionsInsert("report_member m", "m.id IN (" + stored + ")")
                    + " RETURNING *), fresh AS (" + contributionsInsert("(" + newRecords + ") m", "1 = 1")
                    + " RETURNING *) ";
            countChanges(
                    added,
                    "(SELECT * FROM changed UNION ALL SELECT * FROM fresh) s",
                    "1 = 1",
                    contributionParams(params, asOf, education),
                    1);
        } else {
            insertContributions("report_member m", "m.id IN (" + stored + ")", params, asOf, education);
            insertContributions("(" + newRecords + ") m", "1 = 1", params, asOf, education);
            countChanges("s.member_id IN (" + members + ")", params, 1);
        }
        int[] depths = jdbc.sql("SELECT MIN(depth), MAX(depth) FROM report_org_unit WHERE state = 'ACTIVE'")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        levels(depths, "r.dimension NOT IN ('CELL_SIZE', '" + CELL_NET + "')");
        if (postgres) {
            // the work rows' statistics as they are now (tens of them or millions), so that the cells' sizes below
            // are read by index for a few cells and by one pass for most of them
            jdbc.sql("ANALYZE stat_rollup").update();
        }
        String cells = """
                SELECT c.id, d.net, COALESCE(s.n, 0) - d.net AS n
                  FROM (SELECT r.org_unit_id, SUM(r.members) AS net FROM stat_rollup r WHERE r.dimension = '%1$s'
                         GROUP BY r.org_unit_id) d
                  JOIN report_org_unit c ON c.id = d.org_unit_id
                  LEFT JOIN (SELECT m.org_unit_id, COUNT(*) AS n FROM stat_member m
                              WHERE m.org_unit_id IN (SELECT r.org_unit_id FROM stat_rollup r WHERE r.dimension = '%1$s')
                              GROUP BY m.org_unit_id) s ON s.org_unit_id = c.id
                 WHERE d.net <> 0 AND c.kind IN (%2$s) AND c.state = 'ACTIVE'""".formatted(CELL_NET, CountingPolicy.CELL_KINDS_SQL);
        // each cell read once (its size before: its contributions now, less the change), and paired with -1 (its old
        // band) and +1 (its new band)
        jdbc.sql("INSERT INTO stat_rollup (org_unit_id, dimension, bucket, members)"
                        + " SELECT x.id, 'CELL_SIZE', CASE WHEN k.sign < 0 THEN " + cellSizeBand("x.n") + " ELSE "
                        + cellSizeBand("x.n + x.net") + " END, k.sign FROM (" + cells + ") x"
                        + " CROSS JOIN (VALUES (-1), (1)) AS k (sign)"
                        + " WHERE " + cellSizeBand("x.n") + " <> " + cellSizeBand("x.n + x.net"))
                .update();
        levels(depths, "r.dimension = 'CELL_SIZE'");
        jdbc.sql("""
                        MERGE INTO org_stat o
                        USING (SELECT org_unit_id, dimension, bucket, SUM(members) AS delta FROM stat_rollup
                                WHERE""" + " " + STORED + """
                                GROUP BY org_unit_id, dimension, bucket HAVING SUM(members) <> 0) d
                           ON o.org_unit_id = d.org_unit_id AND o.dimension = d.dimension AND o.bucket = d.bucket
                         WHEN MATCHED AND o.members + d.delta = 0 THEN DELETE
                         WHEN MATCHED THEN UPDATE SET members = o.members + d.delta
                         WHEN NOT MATCHED THEN INSERT (org_unit_id, dimension, bucket, members)
                              VALUES (d.org_unit_id, d.dimension, d.bucket, d.delta)""").update();
        jdbc.sql("DELETE FROM stat_rollup").update();
    }

    /**
     * Adds a change of the stored contributions that meet {@code where} (on {@code stat_member s}) to stat_rollup,
     * times {@code sign}: the breakdowns at each cell's parent ({@link #COUNTED_AT}: a cell does not store them, so
     * its rows would only be summed into its parent's, a dozen rows for each of hundreds of thousands of cells an
     * import touches), and each unit's net change in members ({@link #CELL_NET}), which a cell's size band needs.
     */
    private void countChanges(String where, Map<String, Object> params, int sign) {
        countChanges("", "stat_member s", where, params, sign);
    }

    /**
     * {@link #countChanges(String, Map, int)} of the contributions {@code contributions} (aliased {@code s}, with the
     * columns of {@code stat_member}), which may name the common table expressions of {@code with}. A {@code with}
     * that writes is for PostgreSQL only, where the sums are one statement; H2 runs one statement per dimension.
     */
    private void countChanges(String with, String contributions, String where, Map<String, Object> params, int sign) {
        String from = contributions + " JOIN report_org_unit c ON c.id = s.org_unit_id";
        countContributions(with, from, COUNTED_AT, where, params, sign, "s.org_unit_id");
        if (!postgres) {
            jdbc.sql(with + "INSERT INTO stat_rollup (org_unit_id, dimension, bucket, members)"
                            + " SELECT s.org_unit_id, '" + CELL_NET + "', '-', " + sign + " * COUNT(*) FROM " + from
                            + " WHERE " + where + " GROUP BY s.org_unit_id")
                    .params(params)
                    .update();
        }
    }

    /**
     * Adds the stored contributions that meet {@code where} (on {@code stat_member s}) to stat_rollup, per unit and
     * bucket of every dimension, times {@code sign}: in one pass with {@code GROUPING SETS} on PostgreSQL, one
     * statement per dimension on H2, which lacks them.
     */
    private void countContributions(String where, Map<String, Object> params, int sign) {
        countContributions("", "stat_member s", "s.org_unit_id", where, params, sign, null);
    }

    /**
     * {@link #countContributions(String, Map, int)} read {@code from} (after the common table expressions {@code with})
     * and summed at the unit {@code unit}; on PostgreSQL, in the same pass, the net change per {@code netUnit}
     * ({@link #CELL_NET}) when one is given (H2 counts it apart).
     */
    private void countContributions(
            String with,
            String from,
            String unit,
            String where,
            Map<String, Object> params,
            int sign,
            @Nullable String netUnit) {
        if (postgres) {
            StringBuilder dimension = new StringBuilder("CASE");
            StringBuilder bucket = new StringBuilder("CASE");
            String unitColumn = unit;
            List<String> sets = new ArrayList<>();
            if (netUnit != null) {
                String net = " WHEN GROUPING(" + netUnit + ") = 0 THEN ";
                dimension.append(net).append('\'').append(CELL_NET).append('\'');
                bucket.append(net).append("'-'");
                unitColumn = "CASE" + net + netUnit + " ELSE " + unit + " END";
                sets.add("(" + netUnit + ")");
            }
            for (int i = 0; i < MemberContribution.DIMENSIONS.length; i++) {
                String column = MemberContribution.COLUMNS[i];
                String grouped = " WHEN GROUPING(" + column + ") = 0 THEN ";
                dimension
                        .append(grouped)
                        .append('\'')
                        .append(MemberContribution.DIMENSIONS[i].name())
                        .append('\'');
                bucket.append(grouped).append(column);
                sets.add("(" + unit + ", " + column + ")");
            }
            jdbc.sql(with + "INSERT INTO stat_rollup (org_unit_id, dimension, bucket, members) SELECT " + unitColumn
                            + ", "
                            + dimension + " END, " + bucket + " END, " + sign + " * COUNT(*) FROM " + from + " WHERE "
                            + where + " GROUP BY GROUPING SETS (" + String.join(", ", sets) + ")")
                    .params(params)
                    .update();
            return;
        }
        for (int i = 0; i < MemberContribution.DIMENSIONS.length; i++) {
            String column = MemberContribution.COLUMNS[i];
            jdbc.sql(with + "INSERT INTO stat_rollup (org_unit_id, dimension, bucket, members) SELECT " + unit + ", '"
                            + MemberContribution.DIMENSIONS[i].name() + "', " + column + ", " + sign
                            + " * COUNT(*) FROM " + from + " WHERE " + where + " GROUP BY " + unit + ", " + column)
                    .params(params)
                    .update();
        }
    }

    /** A cell's size band ({@link StatBands#cellSizeBand}) of a count expression, in SQL. */
    static String cellSizeBand(String n) {
        return "CASE WHEN " + n + " IS NULL OR " + n + " = 0 THEN 'EMPTY' WHEN " + n + " < 3 THEN 'LT_3' WHEN " + n
                + " < 9 THEN '3_8' WHEN " + n + " < 30 THEN '9_29' ELSE 'GE_30' END";
    }

    /**
     * The recorded grades by band: the notation is free text ("12/12", "9/10"), so each distinct value is read by
     * {@link StatBands#generalEducation} and the SQL tests membership in the lists (a never-used value keeps a list
     * non-empty). Only the grades of the members counted are needed: {@code grades} (a query of one column,
     * {@code general_education}) names them, so that an import of a few rows does not read the grade of every member.
     */
    private Map<String, List<String>> educationGroups(String grades, Map<String, Object> params) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String band : List.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY")) {
            groups.put(band, new ArrayList<>(List.of("#none")));
        }
        jdbc.sql("SELECT DISTINCT g.general_education FROM (" + grades + ") g WHERE g.general_education IS NOT NULL")
                .params(params)
                .query(String.class)
                .list()
                .forEach(value -> {
                    List<String> group = groups.get(StatBands.generalEducation(value));
                    if (group != null) {
                        group.add(value);
                    }
                });
        return groups;
    }

    /**
     * Counts the range into {@code stat_rollup}: per unit, the totals of its subtree (within the range) in every
     * dimension. Reads the stored contributions, so {@link #storeContributions} runs first.
     */
    void rollUp(Range range) {
        jdbc.sql("DELETE FROM stat_rollup").update();
        String units = "SELECT u.id FROM report_org_unit u WHERE u.state = 'ACTIVE' AND " + range.on("u");
        countContributions("s.org_unit_id IN (" + units + ")", range.params(), 1);
        jdbc.sql("INSERT INTO stat_rollup (org_unit_id, dimension, bucket, members)"
                        + " SELECT u.id, 'UNIT_KIND', u.kind, 1 FROM report_org_unit u WHERE u.state = 'ACTIVE' AND "
                        + range.on("u"))
                .params(range.params())
                .update();
        int[] depths = jdbc.sql("SELECT MIN(u.depth), MAX(u.depth) FROM report_org_unit u WHERE u.state = 'ACTIVE' AND "
                        + range.on("u"))
                .params(range.params())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        levels(depths, "r.dimension <> 'CELL_SIZE'");
        jdbc.sql("""
                        INSERT INTO stat_rollup (org_unit_id, dimension, bucket, members)
                        SELECT c.id, 'CELL_SIZE', """ + cellSizeBand("s.n") + """
                        , 1
                          FROM report_org_unit c
                          LEFT JOIN (SELECT org_unit_id, SUM(members) AS n FROM stat_rollup WHERE dimension = 'STATUS'
                                      GROUP BY org_unit_id) s ON s.org_unit_id = c.id
                         WHERE c.kind IN ('CELL', 'GRASSROOTS_CELL') AND c.state = 'ACTIVE' AND
                        """ + " " + range.on("c"))
                .params(range.params())
                .update();
        levels(depths, "r.dimension = 'CELL_SIZE'");
    }

    /** Adds each level's rows to its parents, deepest first, up to the range's top level. */
    private void levels(int[] depths, String which) {
        for (int depth = depths[1]; depth > depths[0]; depth--) {
            jdbc.sql("INSERT INTO stat_rollup (org_unit_id, dimension, bucket, members)"
                            + " SELECT u.parent_id, r.dimension, r.bucket, SUM(r.members)"
                            + " FROM stat_rollup r JOIN report_org_unit u ON u.id = r.org_unit_id"
                            + " WHERE u.depth = :depth AND u.parent_id IS NOT NULL AND " + which
                            + " GROUP BY u.parent_id, r.dimension, r.bucket")
                    .param("depth", depth)
                    .update();
        }
    }

    /**
     * Replaces the counters of the range's units by the rolled-up sums, written in key order: a unit's seventy-odd rows
     * then share a page or two, where in the aggregate's hash order each lay on a page of its own and a province's
     * children's key figures read a page per row (docs/benchmarks.md, "Statistics").
     */
    void replaceCounters(Range range) {
        if (range.path() == null) {
            jdbc.sql("DELETE FROM org_stat").update();
        } else {
            jdbc.sql("DELETE FROM org_stat WHERE org_unit_id IN (SELECT u.id FROM report_org_unit u WHERE "
                            + range.on("u") + ")")
                    .params(range.params())
                    .update();
        }
        jdbc.sql("""
                        INSERT INTO org_stat (org_unit_id, dimension, bucket, members)
                        SELECT org_unit_id, dimension, bucket, SUM(members) FROM stat_rollup
                         WHERE""" + " " + STORED + """
                         GROUP BY org_unit_id, dimension, bucket HAVING SUM(members) <> 0
                         ORDER BY org_unit_id, dimension, bucket""").update();
        jdbc.sql("DELETE FROM stat_rollup").update();
    }

    /** Where the counters differ from the rolled-up recount (before {@link #replaceCounters}). */
    List<StatisticsRecount.Difference> differences() {
        return jdbc.sql("""
                        SELECT x.org_unit_id, u.name, x.dimension, x.bucket, SUM(x.c) AS counter, SUM(x.r) AS recount
                          FROM (SELECT org_unit_id, dimension, bucket, members AS c, 0 AS r FROM org_stat
                                UNION ALL
                                SELECT org_unit_id, dimension, bucket, 0 AS c, members AS r FROM stat_rollup
                                 WHERE""" + " " + STORED + """
                               ) x
                          JOIN report_org_unit u ON u.id = x.org_unit_id
                         GROUP BY x.org_unit_id, u.name, u.path, x.dimension, x.bucket
                        HAVING SUM(x.c) <> SUM(x.r)
                         ORDER BY u.path, x.dimension, x.bucket""")
                .query((rs, n) -> new StatisticsRecount.Difference(
                        rs.getLong("org_unit_id"),
                        rs.getString("name"),
                        rs.getString("dimension"),
                        rs.getString("bucket"),
                        rs.getLong("counter"),
                        rs.getLong("recount")))
                .list();
    }
}
