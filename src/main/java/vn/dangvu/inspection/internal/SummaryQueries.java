package vn.dangvu.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.inspection.AppealOutcome;
import vn.dangvu.inspection.CaseType;
import vn.dangvu.inspection.DisciplineForm;
import vn.dangvu.inspection.InspectionSummary.Appeals;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.shared.SqlFragment;

/**
 * The figures of the inspection summary, set-based: one query per measure over the cases, decisions and appeals of the
 * commissions in a unit's subtree, grouped by the direct child whose subtree holds the commission (null: the unit's own
 * commission) and once more for the whole subtree, since a subject counts once in each. Period placement (issue 8
 * point 6, see docs/architecture.md): a case by its decision step's date for "inspected" and "supervised", by its
 * conclusion date for the finding; a discipline decision by the day it was signed, unless annulled; an appeal by the
 * day it was received, and by the day it was decided for its outcome.
 */
@Component
class SummaryQueries {

    /** The inspections counted as "inspected": all but those on signs of violation, which are counted apart. */
    static final List<String> INSPECTIONS = List.of(
            CaseType.INSPECTION_REGULAR.name(),
            CaseType.INSPECTION_THEMATIC.name(),
            CaseType.INSPECTION_LOWER_LEVEL.name(),
            CaseType.INSPECTION_FINANCE.name());

    static final List<String> SUPERVISIONS =
            List.of(CaseType.SUPERVISION_REGULAR.name(), CaseType.SUPERVISION_THEMATIC.name());

    /**
     * One group's distinct subjects.
     *
     * @param childId the direct child, or null for the unit's own commission (and for the whole subtree)
     */
    record Counts(
            @Nullable Long childId,
            long orgInspected,
            long memberInspected,
            long orgSupervised,
            long memberSupervised,
            long orgSigns,
            long memberSigns,
            long orgConcluded,
            long memberConcluded,
            long orgViolation,
            long memberViolation,
            long orgDisciplined,
            long memberDisciplined) {}

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per direct child (and the unit's own level, childId null) when {@code perChild}, else one row for all. {@code
     * managed} gives the condition "the caller's inspection scope holds the commission in this column" ({@link
     * CaseAccess#managed}).
     */
    List<Counts> counts(
            OrgUnitRef unit, Function<String, SqlFragment> managed, LocalDate from, LocalDate to, boolean perChild) {
        String group = perChild ? "ch.id" : "CAST(NULL AS BIGINT)";
        String groupBy = perChild ? " GROUP BY ch.id" : "";
        Map<String, Object> params = params(unit, managed, from, to);
        String caseSql = """
                SELECT %s AS grp,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'ORGANISATION' AND c.case_type IN (:inspections)
                                            AND d.done_on BETWEEN :from AND :to THEN c.subject_unit_id END) AS o_ins,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'MEMBER' AND c.case_type IN (:inspections)
                                            AND d.done_on BETWEEN :from AND :to THEN c.subject_member_id END) AS m_ins,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'ORGANISATION' AND c.case_type IN (:supervisions)
                                            AND d.done_on BETWEEN :from AND :to THEN c.subject_unit_id END) AS o_sup,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'MEMBER' AND c.case_type IN (:supervisions)
                                            AND d.done_on BETWEEN :from AND :to THEN c.subject_member_id END) AS m_sup,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'ORGANISATION' AND c.case_type = :signs
                                            AND d.done_on BETWEEN :from AND :to THEN c.subject_unit_id END) AS o_sig,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'MEMBER' AND c.case_type = :signs
                                            AND d.done_on BETWEEN :from AND :to THEN c.subject_member_id END) AS m_sig,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'ORGANISATION'
                                            AND c.concluded_on BETWEEN :from AND :to THEN c.subject_unit_id END) AS o_con,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'MEMBER'
                                            AND c.concluded_on BETWEEN :from AND :to THEN c.subject_member_id END) AS m_con,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'ORGANISATION' AND c.violation_found = TRUE
                                            AND c.concluded_on BETWEEN :from AND :to THEN c.subject_unit_id END) AS o_vio,
                       COUNT(DISTINCT CASE WHEN c.subject_kind = 'MEMBER' AND c.violation_found = TRUE
                                            AND c.concluded_on BETWEEN :from AND :to THEN c.subject_member_id END) AS m_vio
                  FROM inspection_case c
                  JOIN org_unit cu ON cu.id = c.commission_unit_id
                  LEFT JOIN org_unit ch ON ch.parent_id = :unit AND cu.path LIKE ch.path || '%%'
                  LEFT JOIN inspection_case_step d ON d.case_id = c.id AND d.step = 'DECISION'
                 WHERE %s AND %s
                   AND (d.done_on BETWEEN :from AND :to OR c.concluded_on BETWEEN :from AND :to)%s""".formatted(
                        group,
                        subtree("c.commission_unit_id"),
                        managed.apply("c.commission_unit_id").sql(),
                        groupBy);
        String disciplineSql = """
                SELECT %s AS grp,
                       COUNT(DISTINCT CASE WHEN x.subject_kind = 'ORGANISATION' THEN x.subject_unit_id END) AS o_dis,
                       COUNT(DISTINCT CASE WHEN x.subject_kind <> 'ORGANISATION' THEN x.subject_member_id END) AS m_dis
                  FROM inspection_discipline x
                  JOIN org_unit cu ON cu.id = x.commission_unit_id
                  LEFT JOIN org_unit ch ON ch.parent_id = :unit AND cu.path LIKE ch.path || '%%'
                 WHERE %s AND %s
                   AND x.state <> 'ANNULLED' AND x.decided_on BETWEEN :from AND :to%s""".formatted(
                        group,
                        subtree("x.commission_unit_id"),
                        managed.apply("x.commission_unit_id").sql(),
                        groupBy);
        Map<Long, long[]> cases = new HashMap<>();
        jdbc.sql(caseSql).params(params).query((RowCallbackHandler) rs -> {
            long[] v = new long[10];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(i + 2);
            }
            cases.put(key(rs), v);
        });
        Map<Long, long[]> disciplined = new HashMap<>();
        jdbc.sql(disciplineSql).params(params).query((RowCallbackHandler)
                rs -> disciplined.put(key(rs), new long[] {rs.getLong(2), rs.getLong(3)}));
        List<Long> keys = new ArrayList<>(cases.keySet());
        disciplined.keySet().stream().filter(k -> !cases.containsKey(k)).forEach(keys::add);
        if (!perChild && keys.isEmpty()) {
            keys.add(NONE);
        }
        List<Counts> counts = new ArrayList<>();
        for (Long key : keys) {
            long[] c = cases.getOrDefault(key, new long[10]);
            long[] d = disciplined.getOrDefault(key, new long[2]);
            counts.add(new Counts(
                    key == NONE ? null : key, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], d[0], d[1]));
        }
        return counts;
    }

    /** Decisions signed in the period and not annulled, by their form as it stands: organisations, then members. */
    Map<Boolean, Map<DisciplineForm, Long>> forms(
            OrgUnitRef unit, Function<String, SqlFragment> managed, LocalDate from, LocalDate to) {
        Map<Boolean, Map<DisciplineForm, Long>> forms = new HashMap<>();
        forms.put(true, new EnumMap<>(DisciplineForm.class));
        forms.put(false, new EnumMap<>(DisciplineForm.class));
        jdbc.sql("""
                        SELECT CASE WHEN x.subject_kind = 'ORGANISATION' THEN 1 ELSE 0 END AS org, x.form, COUNT(*) AS n
                          FROM inspection_discipline x
                         WHERE %s AND %s
                           AND x.state <> 'ANNULLED' AND x.decided_on BETWEEN :from AND :to
                         GROUP BY CASE WHEN x.subject_kind = 'ORGANISATION' THEN 1 ELSE 0 END, x.form""".formatted(
                                subtree("x.commission_unit_id"),
                                managed.apply("x.commission_unit_id").sql()))
                .params(params(unit, managed, from, to))
                .query((RowCallbackHandler) rs -> forms.get(rs.getInt("org") == 1)
                        .put(DisciplineForm.valueOf(rs.getString("form")), rs.getLong("n")));
        return forms;
    }

    /** Appeals against the decisions of the commissions in the subtree. */
    Appeals appeals(OrgUnitRef unit, Function<String, SqlFragment> managed, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNT(CASE WHEN a.filed_on BETWEEN :from AND :to THEN 1 END) AS filed,
                               COUNT(CASE WHEN a.outcome = :upheld AND a.decided_on BETWEEN :from AND :to THEN 1 END)
                                   AS upheld,
                               COUNT(CASE WHEN a.outcome = :changed AND a.decided_on BETWEEN :from AND :to THEN 1 END)
                                   AS changed,
                               COUNT(CASE WHEN a.outcome = :annulled AND a.decided_on BETWEEN :from AND :to THEN 1 END)
                                   AS annulled,
                               COUNT(CASE WHEN a.filed_on <= :to AND (a.decided_on IS NULL OR a.decided_on > :to)
                                          THEN 1 END) AS pending
                          FROM inspection_appeal a
                          JOIN inspection_discipline x ON x.id = a.discipline_id
                         WHERE %s AND %s""".formatted(
                                subtree("x.commission_unit_id"),
                                managed.apply("x.commission_unit_id").sql()))
                .params(params(unit, managed, from, to))
                .param("upheld", AppealOutcome.UPHELD.name())
                .param("changed", AppealOutcome.CHANGED.name())
                .param("annulled", AppealOutcome.ANNULLED.name())
                .query((rs, n) -> new Appeals(
                        rs.getLong("filed"),
                        rs.getLong("upheld"),
                        rs.getLong("changed"),
                        rs.getLong("annulled"),
                        rs.getLong("pending")))
                .single();
    }

    private static final long NONE = Long.MIN_VALUE;

    private static long key(ResultSet rs) throws SQLException {
        long id = rs.getLong("grp");
        return rs.wasNull() ? NONE : id;
    }

    /** The commission lies in the unit's subtree (the unit itself included). */
    private static String subtree(String commissionColumn) {
        return commissionColumn + " IN (SELECT su.id FROM org_unit su WHERE su.path >= :sub AND su.path < :sube)";
    }

    private static Map<String, Object> params(
            OrgUnitRef unit, Function<String, SqlFragment> managed, LocalDate from, LocalDate to) {
        Map<String, Object> params =
                new HashMap<>(managed.apply("commission_unit_id").params());
        params.put("unit", unit.id());
        params.put("sub", unit.path());
        params.put("sube", vn.dangvu.shared.OrgScope.rangeEnd(unit.path()));
        params.put("from", from);
        params.put("to", to);
        params.put("inspections", INSPECTIONS);
        params.put("supervisions", SUPERVISIONS);
        params.put("signs", CaseType.INSPECTION_SIGNS_OF_VIOLATION.name());
        return params;
    }
}
