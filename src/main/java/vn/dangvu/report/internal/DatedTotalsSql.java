package vn.dangvu.report.internal;

/**
 * The statements of {@link DatedTotals}. Every contribution is a segment: an anchor, a breakdown ({@code dim}), a
 * bucket and the days {@code [seg_from, seg_to)} during which it counts one; it adds one on its first day and takes
 * one away on its end day. A counted period gives one segment per constant breakdown, and one per band its member
 * passes through while it lasts for the age (a birthday: the 31st, 41st, 51st, 61st, 71st) and the membership age
 * (the admission, then each tenth anniversary), so that the bands of a day come out of sums without knowing the day in
 * advance. Cells give one segment per size band they pass through while they exist, units one for their life.
 */
final class DatedTotalsSql {

    /** Before any record and after every one; a segment that ends on {@link #LAST} never ends. */
    static final String FIRST = "DATE '0001-01-01'";

    static final String LAST = "DATE '9999-12-31'";

    /** The breakdowns kept for a member: status, sex and child together; attributes; age with sex; membership age. */
    private static final String MEMBER_DIMENSIONS = """
            (VALUES ('SSC', 0, ''), ('ETHNICITY', 0, ''), ('RELIGION', 0, ''), ('EDUCATION', 0, ''),
                    ('PROFESSIONAL', 0, ''), ('THEORY', 0, ''),
                    ('AGE_SEX', 0, 'LE_30'), ('AGE_SEX', 1, '31_40'), ('AGE_SEX', 2, '41_50'), ('AGE_SEX', 3, '51_60'),
                    ('AGE_SEX', 4, '61_70'), ('AGE_SEX', 5, 'GT_70'),
                    ('PARTY', 0, 'UNKNOWN'), ('PARTY', 1, 'LT_10'), ('PARTY', 2, '10_19'), ('PARTY', 3, '20_29'),
                    ('PARTY', 4, '30_39'), ('PARTY', 5, '40_49'), ('PARTY', 6, 'GE_50')) s (dim, k, band)""";

    private final boolean postgres;

    DatedTotalsSql(boolean postgres) {
        this.postgres = postgres;
    }

    /**
     * The day a date's {@code years}-th anniversary falls on, as {@link java.time.Period} counts whole years (a member
     * born on 29 February completes a year on 1 March of a common year).
     */
    String anniversary(String date, String years) {
        String plus = postgres
                ? "CAST(%s + make_interval(years => CAST(%s AS INT)) AS DATE)"
                : "DATEADD(YEAR, CAST(%s AS INT), %s)";
        String shifted = postgres ? plus.formatted(date + " - 1", years) : plus.formatted(years, date + " - 1");
        String plain = postgres ? plus.formatted(date, years) : plus.formatted(years, date);
        return "CASE WHEN EXTRACT(MONTH FROM " + date + ") = 2 AND EXTRACT(DAY FROM " + date + ") = 29 THEN " + shifted
                + " + 1 ELSE " + plain + " END";
    }

    /** The breakdowns of {@link #memberSegments}, each rebuilt by a statement of its own. */
    static final java.util.List<String> MEMBER_DIMENSION_NAMES = java.util.List.of(
            "SSC", "ETHNICITY", "RELIGION", "EDUCATION", "PROFESSIONAL", "THEORY", "AGE_SEX", "PARTY");

    /**
     * The members' segments: the periods the totals hold ({@code stat_dated_period p}) that meet {@code condition}, with
     * the attributes they hold, for the breakdowns that meet {@code dimensions} (on {@code s.dim}).
     */
    String memberSegments(String condition, String dimensions) {
        String from = """
                CASE WHEN s.k = 0 THEN %1$s
                     WHEN s.dim = 'AGE_SEX' THEN CASE s.k WHEN 1 THEN m.turns_31 WHEN 2 THEN m.turns_41
                                                          WHEN 3 THEN m.turns_51 WHEN 4 THEN m.turns_61
                                                          ELSE m.turns_71 END
                     ELSE COALESCE(CASE s.k WHEN 1 THEN m.first_admitted_on WHEN 2 THEN m.party_10
                                            WHEN 3 THEN m.party_20 WHEN 4 THEN m.party_30 WHEN 5 THEN m.party_40
                                            ELSE m.party_50 END, %2$s) END""".formatted(FIRST, LAST);
        String to = """
                CASE WHEN s.dim = 'AGE_SEX' THEN CASE s.k WHEN 0 THEN m.turns_31 WHEN 1 THEN m.turns_41
                                                          WHEN 2 THEN m.turns_51 WHEN 3 THEN m.turns_61
                                                          WHEN 4 THEN m.turns_71 ELSE %1$s END
                     WHEN s.dim = 'PARTY' THEN COALESCE(CASE s.k WHEN 0 THEN m.first_admitted_on
                                                                 WHEN 1 THEN m.party_10 WHEN 2 THEN m.party_20
                                                                 WHEN 3 THEN m.party_30 WHEN 4 THEN m.party_40
                                                                 WHEN 5 THEN m.party_50 END, %1$s)
                     ELSE %1$s END""".formatted(LAST);
        return """
                SELECT x.anchor_id, x.dim, x.bucket, x.seg_from, x.seg_to
                  FROM (SELECT au.anchor_id, s.dim,
                               CASE s.dim WHEN 'SSC' THEN p.status || ':' || m.sex || ':'
                                                          || COALESCE(CAST(au.child_id AS VARCHAR(20)), '')
                                          WHEN 'ETHNICITY' THEN m.ethnicity
                                          WHEN 'RELIGION' THEN COALESCE(m.religion, '')
                                          WHEN 'EDUCATION' THEN COALESCE(m.general_education, '')
                                          WHEN 'PROFESSIONAL' THEN COALESCE(m.professional_level, '')
                                          WHEN 'THEORY' THEN COALESCE(m.theory_level, '')
                                          WHEN 'AGE_SEX' THEN m.sex || ':' || s.band
                                          ELSE s.band END AS bucket,
                               CASE WHEN p.valid_from > %1$s THEN p.valid_from ELSE %1$s END AS seg_from,
                               CASE WHEN COALESCE(p.valid_to, %2$s) < %3$s THEN COALESCE(p.valid_to, %2$s)
                                    ELSE %3$s END AS seg_to
                          FROM stat_dated_period p
                          JOIN stat_dated_member m ON m.member_id = p.member_id
                          JOIN stat_dated_unit au ON au.unit_id = p.org_unit_id
                         CROSS JOIN %4$s
                         WHERE %5$s AND %6$s) x
                 WHERE x.seg_from < x.seg_to""".formatted(from, LAST, to, MEMBER_DIMENSIONS, condition, dimensions);
    }

    /**
     * The cells' size-band segments, for the cells that meet {@code condition} (on {@code stat_dated_unit c}) and whose
     * periods meet {@code periods} (on {@code stat_dated_period p}: all of the cells' periods, narrowed only for the
     * index):
     * each cell's size after every day its members changed, from its first day to its last.
     */
    String cellSegments(String condition, String periods) {
        String cells = "SELECT DISTINCT c.unit_id, c.starts_on, c.ends_on FROM stat_dated_unit c WHERE c.cell AND "
                + condition;
        return """
                SELECT au.anchor_id, 'CELL_SIZE' AS dim, %1$s AS bucket, z.seg_from, z.seg_to
                  FROM (SELECT y.unit_id, y.on_day AS seg_from,
                               COALESCE(LEAD(y.on_day) OVER (PARTITION BY y.unit_id ORDER BY y.on_day), %2$s) AS seg_to,
                               SUM(y.d) OVER (PARTITION BY y.unit_id ORDER BY y.on_day) AS size
                          FROM (SELECT c.unit_id, c.on_day, SUM(c.d) AS d
                                  FROM (SELECT p.org_unit_id AS unit_id, p.valid_from AS on_day, 1 AS d
                                          FROM stat_dated_period p JOIN (%3$s) k ON k.unit_id = p.org_unit_id
                                         WHERE %4$s
                                        UNION ALL
                                        SELECT p.org_unit_id, p.valid_to, -1
                                          FROM stat_dated_period p JOIN (%3$s) k ON k.unit_id = p.org_unit_id
                                         WHERE p.valid_to IS NOT NULL AND %4$s
                                        UNION ALL
                                        SELECT k.unit_id, k.starts_on, 0 FROM (%3$s) k
                                        UNION ALL
                                        SELECT k.unit_id, k.ends_on, 0 FROM (%3$s) k) c
                                 GROUP BY c.unit_id, c.on_day) y) z
                  JOIN (%3$s) k ON k.unit_id = z.unit_id
                  JOIN stat_dated_unit au ON au.unit_id = z.unit_id
                 WHERE z.seg_from >= k.starts_on AND z.seg_from < k.ends_on""".formatted(CounterRollup.cellSizeBand("z.size"), LAST, cells, periods);
    }

    /**
     * Every unit's life by its kind, and each cell's under the anchor's child that holds it, for the units that meet
     * {@code condition} (on {@code au}).
     */
    static String unitSegments(String condition) {
        return """
                SELECT au.anchor_id, 'UNIT_KIND' AS dim, au.kind AS bucket, au.starts_on AS seg_from,
                       au.ends_on AS seg_to
                  FROM stat_dated_unit au
                 WHERE au.starts_on < au.ends_on AND %1$s
                UNION ALL
                SELECT au.anchor_id, 'CHILD_CELLS', CAST(au.child_id AS VARCHAR(20)), au.starts_on, au.ends_on
                  FROM stat_dated_unit au
                 WHERE au.cell AND au.child_id IS NOT NULL AND au.starts_on < au.ends_on AND %1$s""".formatted(condition);
    }

    /** The segments as changes per anchor, day and bucket, times {@code :sign}. */
    static String changes(String segments) {
        return """
                SELECT t.anchor_id, t.on_day, t.dim, t.bucket, SUM(t.delta) AS delta
                  FROM (SELECT g.anchor_id, g.dim, g.bucket,
                               CASE WHEN e.sign = 1 THEN g.seg_from ELSE g.seg_to END AS on_day,
                               e.sign * CAST(:sign AS INT) AS delta
                          FROM (%1$s) g
                         CROSS JOIN (VALUES (1), (-1)) e (sign)
                         WHERE e.sign = 1 OR g.seg_to < %2$s) t
                 GROUP BY t.anchor_id, t.on_day, t.dim, t.bucket
                HAVING SUM(t.delta) <> 0""".formatted(segments, LAST);
    }

    /** Adds the gathered changes ({@code stat_dated_change}) to a table: {@code stat_dated_day} or, by year, {@code
     * stat_dated_year}. */
    static String merge(boolean byYear) {
        String table = byYear ? "stat_dated_year" : "stat_dated_day";
        String column = byYear ? "in_year" : "on_day";
        String slot = byYear ? "CAST(EXTRACT(YEAR FROM on_day) AS INT)" : "on_day";
        return """
                MERGE INTO %1$s o
                USING (SELECT anchor_id, %3$s AS slot, dim, bucket, SUM(delta) AS delta FROM stat_dated_change
                        GROUP BY anchor_id, %3$s, dim, bucket HAVING SUM(delta) <> 0) d
                   ON o.anchor_id = d.anchor_id AND o.%2$s = d.slot AND o.dim = d.dim AND o.bucket = d.bucket
                 WHEN MATCHED AND o.delta + d.delta = 0 THEN DELETE
                 WHEN MATCHED THEN UPDATE SET delta = o.delta + d.delta
                 WHEN NOT MATCHED THEN INSERT (anchor_id, %2$s, dim, bucket, delta)
                      VALUES (d.anchor_id, d.slot, d.dim, d.bucket, d.delta)""".formatted(table, column, slot);
    }

    /**
     * The units under each anchor (a unit down to {@code :depth}), with the anchor's child that holds them, for the units
     * that meet {@code condition} (on {@code u}).
     */
    static String units(String condition) {
        return """
                INSERT INTO stat_dated_unit (unit_id, anchor_id, child_id, kind, cell, starts_on, ends_on)
                SELECT u.id, a.id, c.id, u.kind, CASE WHEN u.kind IN (%1$s) THEN TRUE ELSE FALSE END,
                       COALESCE(s.starts_on, %2$s), COALESCE(u.ended_on, %3$s)
                  FROM org_unit a
                  JOIN org_unit u ON u.path >= a.path AND u.path < SUBSTRING(a.path, 1, LENGTH(a.path) - 1) || '0'
                  LEFT JOIN org_unit c ON c.parent_id = a.id AND u.path >= c.path
                        AND u.path < SUBSTRING(c.path, 1, LENGTH(c.path) - 1) || '0'
                  LEFT JOIN (SELECT ev.org_unit_id, MIN(ev.effective_on) AS starts_on FROM org_unit_event ev
                              WHERE %4$s
                              GROUP BY ev.org_unit_id) s ON s.org_unit_id = u.id
                 WHERE a.depth <= :depth AND %5$s""".formatted(CountingPolicy.CELL_KINDS_SQL, FIRST, LAST, HistoryQueries.BEGINS_UNIT, condition);
    }

    /** The counts of an anchor on {@code :d}: the years before its year, then its days up to it. */
    static final String ON_DAY = """
            SELECT t.dim, t.bucket, SUM(t.delta) AS n
              FROM (SELECT dim, bucket, delta FROM stat_dated_year WHERE anchor_id = :a AND in_year < :y
                    UNION ALL
                    SELECT dim, bucket, delta FROM stat_dated_day
                     WHERE anchor_id = :a AND on_day >= :jan1 AND on_day <= :d) t
             GROUP BY t.dim, t.bucket
            HAVING SUM(t.delta) <> 0""";
}
