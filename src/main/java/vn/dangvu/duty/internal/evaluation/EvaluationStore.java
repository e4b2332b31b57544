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
import vn.dangvu.duty.EvaluationEntry;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.duty.EvaluationPeriod;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/**
 * The {@code duty_evaluation_*} rows. Scope is applied in SQL: a cycle is visible when its committee lies in the
 * caller's subtrees or above them (the committee that opened it for the caller's cell); an entry when its cell lies
 * in the caller's subtrees, or when it is the caller's own.
 */
@Component
class EvaluationStore {

    private static final String CYCLE_SELECT = """
            SELECT c.*, (SELECT COUNT(*) FROM duty_evaluation_member e WHERE e.cycle_id = c.id AND %s) AS entries
              FROM duty_evaluation_cycle c""";

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    EvaluationStore(JdbcClient jdbc, OrgUnits orgUnits) {
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

    private String entryScope(OrgScope scope, String alias, Map<String, Object> params, String prefix) {
        SqlFragment within = orgUnits.unitWithin(alias + ".org_unit_id", scope, prefix);
        params.putAll(within.params());
        params.put(prefix + "self", scope.selfMemberId() == null ? new UUID(0, 0) : scope.selfMemberId());
        return "(" + within.sql() + " OR " + alias + ".member_id = :" + prefix + "self)";
    }

    List<EvaluationCycle> cycles(OrgScope scope, List<Long> ownAncestors) {
        StringBuilder condition = new StringBuilder();
        Map<String, Object> params = cycleCondition(scope, ownAncestors, condition);
        String entries = entryScope(scope, "e", params, "es");
        return jdbc.sql(CYCLE_SELECT.formatted(entries) + " WHERE " + condition
                        + " ORDER BY c.eval_year DESC, c.period, c.opened_at DESC")
                .params(params)
                .query(this::cycle)
                .list();
    }

    Optional<EvaluationCycle> cycle(UUID id, OrgScope scope, List<Long> ownAncestors) {
        StringBuilder condition = new StringBuilder();
        Map<String, Object> params = cycleCondition(scope, ownAncestors, condition);
        String entries = entryScope(scope, "e", params, "es");
        params.put("id", id);
        return jdbc.sql(CYCLE_SELECT.formatted(entries) + " WHERE c.id = :id AND " + condition)
                .params(params)
                .query(this::cycle)
                .optional();
    }

    /** A cycle by id regardless of scope: for a member's own past rows. */
    Optional<EvaluationCycle> cycleById(UUID id) {
        return jdbc.sql(CYCLE_SELECT.formatted("1 = 0") + " WHERE c.id = :id")
                .param("id", id)
                .query(this::cycle)
                .optional();
    }

    /** A cycle whose committee lies in the scope (the staff who may run it). */
    Optional<EvaluationCycle> cycleRunBy(UUID id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("c.org_unit_id", scope, "cs");
        return jdbc.sql(CYCLE_SELECT.formatted("1 = 1") + " WHERE c.id = :id AND " + within.sql())
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

    void insertEntry(UUID cycleId, UUID memberId, String memberName, long cellId, long grassrootsId) {
        jdbc.sql("""
                        INSERT INTO duty_evaluation_member (id, cycle_id, member_id, member_name, org_unit_id,
                               grassroots_id, version)
                        VALUES (:id, :c, :m, :n, :u, :g, 0)""")
                .param("id", UUID.randomUUID())
                .param("c", cycleId)
                .param("m", memberId)
                .param("n", memberName)
                .param("u", cellId)
                .param("g", grassrootsId)
                .update();
    }

    /** The entries of a cycle in the scope, optionally only those in a subtree. */
    List<EvaluationEntry> entries(UUID cycleId, OrgScope scope, @Nullable String subtreePath, int year) {
        Map<String, Object> params = new HashMap<>();
        String where = "e.cycle_id = :c AND " + entryScope(scope, "e", params, "es");
        if (subtreePath != null) {
            SqlFragment sub = orgUnits.unitInSubtree("e.org_unit_id", subtreePath, "sub");
            where += " AND " + sub.sql();
            params.putAll(sub.params());
        }
        params.put("c", cycleId);
        params.put("y", year);
        return jdbc.sql(ENTRY_SELECT + " WHERE " + where + " ORDER BY e.org_unit_id, e.member_name, e.id")
                .params(params)
                .query(EvaluationStore::entry)
                .list();
    }

    /** Every entry of a grassroots organisation in a cycle, regardless of scope (quota counts). */
    List<EvaluationEntry> entriesOfGrassroots(UUID cycleId, long grassrootsId, int year) {
        return jdbc.sql(ENTRY_SELECT + " WHERE e.cycle_id = :c AND e.grassroots_id = :g ORDER BY e.member_name, e.id")
                .param("c", cycleId)
                .param("g", grassrootsId)
                .param("y", year)
                .query(EvaluationStore::entry)
                .list();
    }

    Optional<EvaluationEntry> entry(UUID entryId, OrgScope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        String where = "e.id = :id AND " + entryScope(scope, "e", params, "es");
        params.put("id", entryId);
        params.put("y", year);
        return jdbc.sql(ENTRY_SELECT + " WHERE " + where)
                .params(params)
                .query(EvaluationStore::entry)
                .optional();
    }

    Optional<EvaluationEntry> entryOf(UUID cycleId, UUID memberId, int year) {
        return jdbc.sql(ENTRY_SELECT + " WHERE e.cycle_id = :c AND e.member_id = :m")
                .param("c", cycleId)
                .param("m", memberId)
                .param("y", year)
                .query(EvaluationStore::entry)
                .optional();
    }

    /** A member's entries, newest cycle first. */
    List<EvaluationEntry> entriesOfMember(UUID memberId) {
        return jdbc.sql(ENTRY_SELECT.replace(":y", "c.eval_year")
                        + " JOIN duty_evaluation_cycle c ON c.id = e.cycle_id WHERE e.member_id = :m"
                        + " ORDER BY c.eval_year DESC, c.period")
                .param("m", memberId)
                .query(EvaluationStore::entry)
                .list();
    }

    void selfAssess(
            UUID entryId,
            long version,
            int score,
            EvaluationLevel level,
            int total,
            int exceeding,
            int late,
            @Nullable String comment,
            Instant at) {
        int updated = jdbc.sql("""
                        UPDATE duty_evaluation_member SET self_score = :s, self_level = :l, self_comment = :cm,
                               self_at = :at, tasks_total = :t, tasks_exceeding = :x, tasks_late = :late,
                               version = version + 1
                         WHERE id = :id AND version = :v""")
                .param("s", score)
                .param("l", level.name())
                .param("cm", trim(comment))
                .param("at", Timestamp.from(at))
                .param("t", total)
                .param("x", exceeding)
                .param("late", late)
                .param("id", entryId)
                .param("v", version)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    void appraise(
            UUID entryId,
            long version,
            int score,
            int total,
            int exceeding,
            int late,
            EvaluationLevel level,
            @Nullable String remark,
            String by,
            Instant at) {
        int updated = jdbc.sql("""
                        UPDATE duty_evaluation_member SET score = :s, tasks_total = :t, tasks_exceeding = :x,
                               tasks_late = :late, proposed_level = :l, proposed_remark = :r, proposed_by = :by,
                               proposed_at = :at, version = version + 1
                         WHERE id = :id AND version = :v""")
                .param("s", score)
                .param("t", total)
                .param("x", exceeding)
                .param("late", late)
                .param("l", level.name())
                .param("r", trim(remark))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", entryId)
                .param("v", version)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    void decide(UUID entryId, EvaluationLevel level, String ruleCode, String ruleVersion, String by, Instant at) {
        jdbc.sql("""
                        UPDATE duty_evaluation_member SET decided_level = :l, rule_code = :rc, rule_version = :rv,
                               decided_by = :by, decided_at = :at, version = version + 1
                         WHERE id = :id""")
                .param("l", level.name())
                .param("rc", ruleCode)
                .param("rv", ruleVersion)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", entryId)
                .update();
    }

    long undecided(UUID cycleId) {
        return jdbc.sql("SELECT COUNT(*) FROM duty_evaluation_member WHERE cycle_id = :c AND decided_level IS NULL")
                .param("c", cycleId)
                .query(Long.class)
                .single();
    }

    /** Members of a cycle with their decided level, for the publication notice. */
    Map<UUID, EvaluationLevel> decidedLevels(UUID cycleId) {
        Map<UUID, EvaluationLevel> levels = new HashMap<>();
        jdbc.sql("""
                        SELECT member_id, decided_level FROM duty_evaluation_member
                         WHERE cycle_id = :c AND decided_level IS NOT NULL""")
                .param("c", cycleId)
                .query((rs, n) -> levels.put(
                        rs.getObject("member_id", UUID.class), EvaluationLevel.valueOf(rs.getString("decided_level"))))
                .list();
        return levels;
    }

    void insertDisqualification(
            @Nullable UUID memberId,
            long unitId,
            int year,
            String reason,
            @Nullable String reference,
            String by,
            Instant at,
            UUID id) {
        jdbc.sql("""
                        INSERT INTO duty_evaluation_disqualification (id, member_id, org_unit_id, eval_year, reason,
                               reference, recorded_by, recorded_at)
                        VALUES (:id, :m, :u, :y, :r, :ref, :by, :at)""")
                .param("id", id)
                .param("m", memberId)
                .param("u", unitId)
                .param("y", year)
                .param("r", reason.strip())
                .param("ref", trim(reference))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Per level, the decided yearly results of the members in the subtree (and the scope) for a year. */
    Map<EvaluationLevel, Long> statistics(String subtreePath, OrgScope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        SqlFragment sub = orgUnits.unitInSubtree("e.org_unit_id", subtreePath, "sub");
        params.putAll(sub.params());
        String inScope = entryScope(scope, "e", params, "es");
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
        String where = entryScope(scope, "e", params, "es");
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

    private static final String ENTRY_SELECT = """
            SELECT e.*, (SELECT COUNT(*) FROM duty_evaluation_disqualification d
                          WHERE d.member_id = e.member_id AND d.eval_year = :y) AS disqualifications
              FROM duty_evaluation_member e""";

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

    private static EvaluationEntry entry(ResultSet rs, int n) throws SQLException {
        Timestamp selfAt = rs.getTimestamp("self_at");
        Integer score = rs.getObject("score", Integer.class);
        Integer total = rs.getObject("tasks_total", Integer.class);
        Integer exceeding = rs.getObject("tasks_exceeding", Integer.class);
        Integer late = rs.getObject("tasks_late", Integer.class);
        boolean disqualified = rs.getLong("disqualifications") > 0;
        Integer basis = score != null ? score : rs.getObject("self_score", Integer.class);
        EvaluationLevel allowed = basis == null || total == null || exceeding == null || late == null
                ? (disqualified ? EvaluationLevel.NOT_COMPLETED : null)
                : EvaluationLevelPolicy.allowed(
                        new EvaluationLevelPolicy.Results(basis, total, exceeding, late, disqualified));
        return new EvaluationEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("cycle_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("member_name"),
                rs.getLong("org_unit_id"),
                rs.getLong("grassroots_id"),
                rs.getObject("self_score", Integer.class),
                level(rs.getString("self_level")),
                rs.getString("self_comment"),
                selfAt == null ? null : selfAt.toInstant(),
                total,
                exceeding,
                late,
                score,
                allowed,
                disqualified,
                level(rs.getString("proposed_level")),
                rs.getString("proposed_remark"),
                level(rs.getString("decided_level")),
                rs.getString("rule_code"),
                rs.getString("rule_version"),
                rs.getLong("version"));
    }

    private static @Nullable EvaluationLevel level(@Nullable String value) {
        return value == null ? null : EvaluationLevel.valueOf(value);
    }

    private static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
