package vn.dangvu.duty.internal.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** Decided yearly results read across cycles: statistics by level and members not completed, scoped in SQL. */
@Component
class EvaluationResultQueries {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    EvaluationResultQueries(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /** Per level, the decided yearly results of the members in the subtree (and the scope) for a year. */
    Map<EvaluationLevel, Long> statistics(String subtreePath, OrgScope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        SqlFragment sub = orgUnits.unitInSubtree("e.org_unit_id", subtreePath, "sub");
        params.putAll(sub.params());
        String inScope = EvaluationStore.entryScope(orgUnits, scope, "e", params, "es");
        params.put("y", year);
        Map<EvaluationLevel, Long> counts = new java.util.EnumMap<>(EvaluationLevel.class);
        for (EvaluationLevel level : EvaluationLevel.values()) {
            counts.put(level, 0L);
        }
        jdbc.sql("""
                        SELECT e.decided_level, COUNT(*) AS n FROM duty_evaluation_member e
                          JOIN duty_evaluation_cycle c ON c.id = e.cycle_id
                         WHERE c.eval_year = :y AND c.period = 'YEAR' AND c.kind = 'MEMBER'
                           AND c.state IN ('DECIDED', 'PUBLISHED') AND e.decided_level IS NOT NULL AND\s""" + sub.sql() + " AND " + inScope + " GROUP BY e.decided_level")
                .params(params)
                .query((rs, n) -> counts.merge(
                        EvaluationLevel.valueOf(rs.getString("decided_level")), rs.getLong("n"), Long::sum))
                .list();
        return counts;
    }

    /** Yearly decided results of members in the scope (and subtree) rated "not completed", oldest first. */
    List<NotCompleted> notCompleted(OrgScope scope, @Nullable String subtreePath) {
        Map<String, Object> params = new HashMap<>();
        String where = EvaluationStore.entryScope(orgUnits, scope, "e", params, "es");
        if (subtreePath != null) {
            SqlFragment sub = orgUnits.unitInSubtree("e.org_unit_id", subtreePath, "sub");
            where += " AND " + sub.sql();
            params.putAll(sub.params());
        }
        return jdbc.sql("""
                        SELECT e.member_id, e.member_name, e.org_unit_id, c.eval_year FROM duty_evaluation_member e
                          JOIN duty_evaluation_cycle c ON c.id = e.cycle_id
                         WHERE c.period = 'YEAR' AND c.kind = 'MEMBER' AND c.state IN ('DECIDED', 'PUBLISHED')
                           AND e.decided_level = 'NOT_COMPLETED' AND\s""" + where + " ORDER BY e.member_id, c.eval_year")
                .params(params)
                .query((rs, n) -> new NotCompleted(
                        rs.getObject("member_id", UUID.class),
                        rs.getString("member_name"),
                        rs.getLong("org_unit_id"),
                        rs.getInt("eval_year")))
                .list();
    }

    record NotCompleted(UUID memberId, String memberName, long orgUnitId, int year) {}
}
