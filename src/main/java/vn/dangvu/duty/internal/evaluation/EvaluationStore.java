package vn.dangvu.duty.internal.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.EvaluationEntry;
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/**
 * The {@code duty_evaluation_member} and {@code duty_evaluation_disqualification} rows. Scope is applied in SQL: an
 * entry is visible when its cell lies in the caller's subtrees, or when it is the caller's own.
 */
@Component
class EvaluationStore {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    EvaluationStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /** The condition "the entry {@code alias} is in the scope, or is the caller's own", adding its parameters. */
    static String entryScope(
            OrgUnits orgUnits, OrgScope scope, String alias, Map<String, Object> params, String prefix) {
        SqlFragment within = orgUnits.unitWithin(alias + ".org_unit_id", scope, prefix);
        params.putAll(within.params());
        params.put(prefix + "self", scope.selfMemberId() == null ? new UUID(0, 0) : scope.selfMemberId());
        return "(" + within.sql() + " OR " + alias + ".member_id = :" + prefix + "self)";
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
        String where = "e.cycle_id = :c AND " + entryScope(orgUnits, scope, "e", params, "es");
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
        String where = "e.id = :id AND " + entryScope(orgUnits, scope, "e", params, "es");
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

    boolean deleteDisqualification(UUID id) {
        return jdbc.sql("DELETE FROM duty_evaluation_disqualification WHERE id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    private static final String ENTRY_SELECT = """
            SELECT e.*, (SELECT COUNT(*) FROM duty_evaluation_disqualification d
                          WHERE d.member_id = e.member_id AND d.eval_year = :y) AS disqualifications
              FROM duty_evaluation_member e""";

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
