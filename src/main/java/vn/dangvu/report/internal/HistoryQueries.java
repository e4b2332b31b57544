package vn.dangvu.report.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.shared.OrgScope;

/**
 * SQL over the counted periods for a subtree (a path range of today's tree: each member is counted in the unit it
 * belonged to on the date, where that unit sits today; a merged unit keeps its last place). Results are small: per
 * unit, or per dimension key, never per member.
 */
@Component
class HistoryQueries {

    /** The periods covering day {@code :d} in units of the path range {@code [:p, :pe)}. */
    private static final String COVERING = """
              FROM stat_period p
              JOIN org_unit u ON u.id = p.org_unit_id
             WHERE u.path >= :p AND u.path < :pe
               AND p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to > :d)""";

    private final JdbcClient jdbc;
    private final boolean groupingSets;

    HistoryQueries(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.groupingSets = vn.dangvu.shared.persistence.Databases.isPostgres(dataSource);
    }

    /** The counts of a day: per unit, status and sex, and per attribute. */
    record DayCounts(List<UnitCount> units, List<AttributeCount> attributes) {}

    /**
     * Both counts of the day. PostgreSQL computes them in one pass with {@code GROUPING SETS}; H2, which lacks them,
     * in two.
     */
    DayCounts dayCounts(String path, LocalDate day) {
        if (!groupingSets) {
            return new DayCounts(unitCounts(path, day), attributeCounts(path, day));
        }
        String sql = """
                SELECT GROUPING(a.org_unit_id, a.status, a.sex, a.age, a.ethnicity, a.religion, a.general_education,
                                a.professional_level, a.theory_level, a.party, a.age_sex) AS g,
                       a.org_unit_id, a.status, a.sex, a.age, a.ethnicity, a.religion, a.general_education,
                       a.professional_level, a.theory_level, a.party, a.age_sex, COUNT(*) AS n
                  FROM (SELECT p.org_unit_id, p.status, m.sex, %1$s AS age, m.ethnicity, m.religion,
                               m.general_education, m.professional_level, m.theory_level, %2$s AS party,
                               m.sex || ':' || %1$s AS age_sex
                        %3$s) a
                 GROUP BY GROUPING SETS ((a.org_unit_id, a.status, a.sex), (a.age), (a.ethnicity), (a.religion),
                                         (a.general_education), (a.professional_level), (a.theory_level), (a.party),
                                         (a.age_sex))""".formatted(
                        AGE.formatted("m.birth_date"),
                        PARTY_YEARS,
                        COVERING.replace("JOIN org_unit u", "JOIN member m ON m.id = p.member_id JOIN org_unit u"));
        List<UnitCount> units = new java.util.ArrayList<>();
        List<AttributeCount> attributes = new java.util.ArrayList<>();
        String[] columns = {
            "age",
            "ethnicity",
            "religion",
            "general_education",
            "professional_level",
            "theory_level",
            "party",
            "age_sex"
        };
        // GROUPING's bits, highest first: the unit, status and sex, then one per attribute column
        int unitBit = columns.length + 2;
        jdbc.sql(sql)
                .param("p", path)
                .param("pe", OrgScope.rangeEnd(path))
                .param("d", day)
                .param("y", day.getYear())
                .param("md", day.getMonthValue() * 100 + day.getDayOfMonth())
                .query((java.sql.ResultSet rs) -> {
                    int g = rs.getInt("g");
                    long n = rs.getLong("n");
                    if ((g & (1 << unitBit)) == 0) {
                        units.add(new UnitCount(
                                rs.getLong("org_unit_id"), rs.getString("status"), rs.getString("sex"), n));
                        return;
                    }
                    for (int i = 0; i < columns.length; i++) {
                        if ((g & (1 << (columns.length - 1 - i))) == 0) {
                            attributes.add(new AttributeCount(Attribute.values()[i], rs.getString(columns[i]), n));
                        }
                    }
                });
        return new DayCounts(units, attributes);
    }

    /** Whole years from the date column to {@code :d} ({@code :y} its year, {@code :md} its month × 100 + day). */
    private static final String AGE = "CAST(CAST(:y AS INT) - CAST(EXTRACT(YEAR FROM %1$s) AS INT) - CASE WHEN"
            + " CAST(EXTRACT(MONTH FROM %1$s) AS INT) * 100 + CAST(EXTRACT(DAY FROM %1$s) AS INT) > CAST(:md AS INT)"
            + " THEN 1 ELSE 0 END AS VARCHAR(12))";

    /** Membership years on {@code :d}, or -1 before the first admission. */
    private static final String PARTY_YEARS = "CASE WHEN m.first_admitted_on IS NULL OR m.first_admitted_on > :d"
            + " THEN '-1' ELSE " + AGE.formatted("m.first_admitted_on") + " END";

    /** A unit of the subtree with its life: from its creation (or split) to its end (merge, dissolution). */
    record UnitRow(
            long id,
            @Nullable Long parentId,
            OrgUnitKind kind,
            String name,
            String path,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endedOn) {

        /** Whether the unit existed on the day (units with no recorded creation existed before the records). */
        boolean activeOn(LocalDate day) {
            return (startsOn == null || !startsOn.isAfter(day)) && (endedOn == null || endedOn.isAfter(day));
        }

        boolean isCell() {
            return kind == OrgUnitKind.GRASSROOTS_CELL || kind == OrgUnitKind.CELL;
        }
    }

    /**
     * Every unit under the path, ended ones included, with the day it began ({@link #BEGINS_UNIT}).
     */
    List<UnitRow> units(String path) {
        return jdbc.sql(UNITS.formatted("u.path >= :p AND u.path < :pe"))
                .param("p", path)
                .param("pe", OrgScope.rangeEnd(path))
                .query(HistoryQueries::unitRow)
                .list();
    }

    /** The unit's direct children, ended ones included, in the order of {@link #units}. */
    List<UnitRow> children(long parentId) {
        return jdbc.sql(UNITS.formatted("u.parent_id = :parent"))
                .param("parent", parentId)
                .query(HistoryQueries::unitRow)
                .list();
    }

    /**
     * Whether an organisation event {@code ev} begins its unit: its CREATED event, or the SPLIT event that formed it
     * (the newer unit of the pair: ids grow). A unit begins on the earliest such event's date.
     */
    static final String BEGINS_UNIT =
            "(ev.kind = 'CREATED' OR (ev.kind = 'SPLIT' AND ev.related_unit_id < ev.org_unit_id))";

    private static final String UNITS = """
            SELECT u.id, u.parent_id, u.kind, u.name, u.path, u.ended_on,
                   (SELECT MIN(ev.effective_on) FROM org_unit_event ev WHERE ev.org_unit_id = u.id AND %s) AS starts_on
              FROM org_unit u
             WHERE %%s
             ORDER BY u.depth, u.search_name, u.id""".formatted(BEGINS_UNIT);

    private static UnitRow unitRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnitRow(
                rs.getLong("id"),
                (Long) rs.getObject("parent_id", Long.class),
                OrgUnitKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("path"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class));
    }

    /** Counted members on the day per unit, status and sex. */
    record UnitCount(long unitId, String status, String sex, long count) {}

    List<UnitCount> unitCounts(String path, LocalDate day) {
        return jdbc.sql("SELECT p.org_unit_id, p.status, m.sex, COUNT(*) AS n"
                        + COVERING.replace("JOIN org_unit u", "JOIN member m ON m.id = p.member_id JOIN org_unit u")
                        + " GROUP BY p.org_unit_id, p.status, m.sex")
                .param("p", path)
                .param("pe", OrgScope.rangeEnd(path))
                .param("d", day)
                .query((rs, n) -> new UnitCount(
                        rs.getLong("org_unit_id"), rs.getString("status"), rs.getString("sex"), rs.getLong("n")))
                .list();
    }

    /** Counted members on the day per unit (no member attributes: the movements' start and end). */
    java.util.Map<Long, Long> unitTotals(String path, LocalDate day) {
        java.util.Map<Long, Long> totals = new java.util.HashMap<>();
        jdbc.sql("SELECT p.org_unit_id, COUNT(*) AS n" + COVERING + " GROUP BY p.org_unit_id")
                .param("p", path)
                .param("pe", OrgScope.rangeEnd(path))
                .param("d", day)
                .query((java.sql.ResultSet rs) -> {
                    totals.put(rs.getLong("org_unit_id"), rs.getLong("n"));
                });
        return totals;
    }

    /**
     * Dimension codes of {@link #attributeCounts}: the member's attributes as the record holds them today (they are not
     * historised); ages in whole years on the day, -1 for a membership that had not begun.
     */
    enum Attribute {
        AGE,
        ETHNICITY,
        RELIGION,
        GENERAL_EDUCATION,
        PROFESSIONAL_LEVEL,
        THEORY_LEVEL,
        PARTY_YEARS,
        /** Sex and age in whole years, {@code M:45}. */
        AGE_SEX
    }

    record AttributeCount(Attribute attribute, @Nullable String key, long count) {}

    /** Counted members on the day by each attribute, in one pass over the covering periods. */
    List<AttributeCount> attributeCounts(String path, LocalDate day) {
        String sql = """
                SELECT d.n AS dim, CASE d.n
                         WHEN 0 THEN %s
                         WHEN 1 THEN m.ethnicity
                         WHEN 2 THEN m.religion
                         WHEN 3 THEN m.general_education
                         WHEN 4 THEN m.professional_level
                         WHEN 5 THEN m.theory_level
                         WHEN 6 THEN %s
                         ELSE m.sex || ':' || %s
                       END AS k, COUNT(*) AS n
                  FROM (SELECT m.birth_date, m.ethnicity, m.religion, m.general_education, m.professional_level,
                               m.theory_level, m.first_admitted_on, m.sex
                        %s) m
                 CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7)) d(n)
                 GROUP BY d.n, k""".formatted(
                        AGE.formatted("m.birth_date"),
                        PARTY_YEARS,
                        AGE.formatted("m.birth_date"),
                        COVERING.replace("JOIN org_unit u", "JOIN member m ON m.id = p.member_id JOIN org_unit u"));
        return jdbc.sql(sql)
                .param("p", path)
                .param("pe", OrgScope.rangeEnd(path))
                .param("d", day)
                .param("y", day.getYear())
                .param("md", day.getMonthValue() * 100 + day.getDayOfMonth())
                .query((rs, n) ->
                        new AttributeCount(Attribute.values()[rs.getInt("dim")], rs.getString("k"), rs.getLong("n")))
                .list();
    }

    /**
     * Periods of the subtree that start ({@code arrivals}) or end within {@code [from, to]}, grouped by their unit,
     * the step that opened or closed them, and the unit of the member's adjacent period (the predecessor that ended,
     * or the successor that started, the same day), {@code null} when there is none (not counted before or after).
     */
    record Edge(
            long unitId,
            String kind,
            @Nullable Long otherUnitId,
            String status,
            @Nullable String otherStatus,
            long count) {}

    List<Edge> arrivals(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT p.org_unit_id, p.start_kind AS kind, q.org_unit_id AS other, p.status,
                               q.status AS other_status, COUNT(*) AS n
                          FROM stat_period p
                          JOIN org_unit u ON u.id = p.org_unit_id
                          LEFT JOIN stat_period q ON q.member_id = p.member_id AND q.valid_to = p.valid_from
                         WHERE u.path >= :p AND u.path < :pe AND p.valid_from >= :from AND p.valid_from <= :to
                         GROUP BY p.org_unit_id, p.start_kind, q.org_unit_id, p.status, q.status""")
                .param("p", path)
                .param("pe", OrgScope.rangeEnd(path))
                .param("from", from)
                .param("to", to)
                .query(HistoryQueries::edge)
                .list();
    }

    List<Edge> departures(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT p.org_unit_id, p.end_kind AS kind, q.org_unit_id AS other, p.status,
                               q.status AS other_status, COUNT(*) AS n
                          FROM stat_period p
                          JOIN org_unit u ON u.id = p.org_unit_id
                          LEFT JOIN stat_period q ON q.member_id = p.member_id AND q.valid_from = p.valid_to
                         WHERE u.path >= :p AND u.path < :pe AND p.valid_to >= :from AND p.valid_to <= :to
                         GROUP BY p.org_unit_id, p.end_kind, q.org_unit_id, p.status, q.status""")
                .param("p", path)
                .param("pe", OrgScope.rangeEnd(path))
                .param("from", from)
                .param("to", to)
                .query(HistoryQueries::edge)
                .list();
    }

    private static Edge edge(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Edge(
                rs.getLong("org_unit_id"),
                rs.getString("kind"),
                (Long) rs.getObject("other", Long.class),
                rs.getString("status"),
                rs.getString("other_status"),
                rs.getLong("n"));
    }
}
