package vn.dangvu.duty.internal.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.EvaluationCycle;
import vn.dangvu.duty.EvaluationCycleKind;
import vn.dangvu.duty.EvaluationCycleState;
import vn.dangvu.duty.EvaluationPeriod;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/**
 * The {@code duty_evaluation_cycle} rows. A cycle is visible when its committee lies in the caller's subtrees or above
 * them (the committee that opened it for the caller's cell).
 */
@Component
class EvaluationCycleStore {

    private static final String CYCLE_SELECT = """
            SELECT c.*, (SELECT COUNT(*) FROM duty_evaluation_member e WHERE e.cycle_id = c.id AND %s)
                        + (SELECT COUNT(*) FROM duty_evaluation_unit e WHERE e.cycle_id = c.id AND %s) AS entries
              FROM duty_evaluation_cycle c""";

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    EvaluationCycleStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /** A condition on {@code column} (a unit id): in the scope's subtrees or one of their ancestors. */
    private Map<String, Object> cycleCondition(OrgScope scope, List<Long> ownAncestors, StringBuilder sql) {
        Map<String, Object> params = new HashMap<>();
        SqlFragment within = orgUnits.unitWithin("c.org_unit_id", scope, "cs");
        params.putAll(within.params());
        List<Long> above = new ArrayList<>(ownAncestors);
        scope.paths().forEach(p -> above.addAll(ancestorIds(p)));
        above.add(-1L);
        params.put("above", above);
        sql.append("(c.org_unit_id IN (:above) OR ").append(within.sql()).append(")");
        return params;
    }

    /** Ids of the units on a materialised path, root first: {@code /1/23/} → 1, 23. */
    static List<Long> ancestorIds(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    List<EvaluationCycle> cycles(OrgScope scope, List<Long> ownAncestors) {
        StringBuilder condition = new StringBuilder();
        Map<String, Object> params = cycleCondition(scope, ownAncestors, condition);
        String entries = EvaluationStore.entryScope(orgUnits, scope, "e", params, "es");
        String units = EvaluationUnitStore.unitScope(orgUnits, scope, "e", params, "us");
        return jdbc.sql(CYCLE_SELECT.formatted(entries, units) + " WHERE " + condition
                        + " ORDER BY c.eval_year DESC, c.period, c.opened_at DESC")
                .params(params)
                .query(this::cycle)
                .list();
    }

    Optional<EvaluationCycle> cycle(UUID id, OrgScope scope, List<Long> ownAncestors) {
        StringBuilder condition = new StringBuilder();
        Map<String, Object> params = cycleCondition(scope, ownAncestors, condition);
        String entries = EvaluationStore.entryScope(orgUnits, scope, "e", params, "es");
        String units = EvaluationUnitStore.unitScope(orgUnits, scope, "e", params, "us");
        params.put("id", id);
        return jdbc.sql(CYCLE_SELECT.formatted(entries, units) + " WHERE c.id = :id AND " + condition)
                .params(params)
                .query(this::cycle)
                .optional();
    }

    /** A cycle by id regardless of scope: for a member's own past rows. */
    Optional<EvaluationCycle> cycleById(UUID id) {
        return jdbc.sql(CYCLE_SELECT.formatted("1 = 0", "1 = 0") + " WHERE c.id = :id")
                .param("id", id)
                .query(this::cycle)
                .optional();
    }

    /** A cycle whose committee lies in the scope (the staff who may run it). */
    Optional<EvaluationCycle> cycleRunBy(UUID id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("c.org_unit_id", scope, "cs");
        return jdbc.sql(CYCLE_SELECT.formatted("1 = 1", "1 = 1") + " WHERE c.id = :id AND " + within.sql())
                .params(within.params())
                .param("id", id)
                .query(this::cycle)
                .optional();
    }

    boolean cycleExists(long unitId, EvaluationCycleKind kind, int year, EvaluationPeriod period) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM duty_evaluation_cycle
                         WHERE org_unit_id = :u AND kind = :k AND eval_year = :y AND period = :p""")
                        .param("u", unitId)
                        .param("k", kind.name())
                        .param("y", year)
                        .param("p", period.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insertCycle(
            UUID id,
            long unitId,
            EvaluationCycleKind kind,
            int year,
            EvaluationPeriod period,
            @Nullable LocalDate selfDue,
            @Nullable LocalDate appraisalDue,
            String by,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO duty_evaluation_cycle (id, org_unit_id, kind, eval_year, period, state, self_due,
                               appraisal_due, opened_by, opened_at, version)
                        VALUES (:id, :u, :k, :y, :p, 'OPEN', :sd, :ad, :by, :at, 0)""")
                .param("id", id)
                .param("u", unitId)
                .param("k", kind.name())
                .param("y", year)
                .param("p", period.name())
                .param("sd", selfDue)
                .param("ad", appraisalDue)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    void advance(
            UUID id,
            long version,
            EvaluationCycleState to,
            @Nullable String decisionNumber,
            @Nullable LocalDate decisionDate,
            @Nullable Instant publishedAt) {
        int updated = jdbc.sql("""
                        UPDATE duty_evaluation_cycle SET state = :to, version = version + 1,
                               decision_number = COALESCE(:dn, decision_number),
                               decision_date = COALESCE(:dd, decision_date),
                               published_at = COALESCE(:pa, published_at)
                         WHERE id = :id AND version = :v""")
                .param("to", to.name())
                .param("dn", decisionNumber)
                .param("dd", decisionDate)
                .param("pa", publishedAt == null ? null : Timestamp.from(publishedAt))
                .param("id", id)
                .param("v", version)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    private EvaluationCycle cycle(ResultSet rs, int n) throws SQLException {
        long unitId = rs.getLong("org_unit_id");
        Timestamp published = rs.getTimestamp("published_at");
        return new EvaluationCycle(
                rs.getObject("id", UUID.class),
                unitId,
                orgUnits.find(unitId).map(u -> u.name()).orElse(""),
                EvaluationCycleKind.valueOf(rs.getString("kind")),
                rs.getInt("eval_year"),
                EvaluationPeriod.valueOf(rs.getString("period")),
                EvaluationCycleState.valueOf(rs.getString("state")),
                rs.getObject("self_due", LocalDate.class),
                rs.getObject("appraisal_due", LocalDate.class),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(),
                published == null ? null : published.toInstant(),
                rs.getLong("entries"),
                rs.getLong("version"));
    }
}
