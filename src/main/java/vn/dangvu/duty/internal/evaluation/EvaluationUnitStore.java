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
import vn.dangvu.duty.EvaluationLevel;
import vn.dangvu.duty.EvaluationUnitEntry;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/**
 * The {@code duty_evaluation_unit} rows: organisations rated in a cycle of organisations. Scope is applied in SQL: a
 * row is visible when the organisation lies in the caller's subtrees. The disciplined counts are read with each row
 * from the year's disqualifying events without a member.
 */
@Component
class EvaluationUnitStore {

    private static final String ENTRY_SELECT = """
            SELECT e.*,
                   (SELECT COUNT(DISTINCT d.org_unit_id) FROM duty_evaluation_disqualification d
                      JOIN duty_evaluation_unit s ON s.org_unit_id = d.org_unit_id AND s.cycle_id = e.cycle_id
                     WHERE s.deciding_unit_id = e.org_unit_id AND d.member_id IS NULL AND d.eval_year = :y)
                     AS disciplined_units,
                   (SELECT COUNT(*) FROM duty_evaluation_disqualification d
                     WHERE d.org_unit_id = e.org_unit_id AND d.member_id IS NULL AND d.eval_year = :y)
                     AS collective_disciplined
              FROM duty_evaluation_unit e""";

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    EvaluationUnitStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /** The condition "the row {@code alias} is an organisation of the scope", adding its parameters. */
    static String unitScope(
            OrgUnits orgUnits, OrgScope scope, String alias, Map<String, Object> params, String prefix) {
        SqlFragment within = orgUnits.unitWithin(alias + ".org_unit_id", scope, prefix);
        params.putAll(within.params());
        return within.sql();
    }

    void insert(UUID cycleId, long unitId, String name, OrgUnitKind kind, long decidingUnitId, int subordinateUnits) {
        jdbc.sql("""
                        INSERT INTO duty_evaluation_unit (id, cycle_id, org_unit_id, unit_name, unit_kind,
                               deciding_unit_id, subordinate_units, version)
                        VALUES (:id, :c, :u, :n, :k, :d, :s, 0)""")
                .param("id", UUID.randomUUID())
                .param("c", cycleId)
                .param("u", unitId)
                .param("n", name)
                .param("k", kind.name())
                .param("d", decidingUnitId)
                .param("s", subordinateUnits)
                .update();
    }

    /** The rows of a cycle in the scope, optionally only those in a subtree, superiors before their units. */
    List<EvaluationUnitEntry> entries(UUID cycleId, OrgScope scope, @Nullable String subtreePath, int year) {
        Map<String, Object> params = new HashMap<>();
        String where = "e.cycle_id = :c AND " + unitScope(orgUnits, scope, "e", params, "us");
        if (subtreePath != null) {
            SqlFragment sub = orgUnits.unitInSubtree("e.org_unit_id", subtreePath, "sub");
            where += " AND " + sub.sql();
            params.putAll(sub.params());
        }
        params.put("c", cycleId);
        params.put("y", year);
        return jdbc.sql(ENTRY_SELECT + " WHERE " + where + " ORDER BY e.deciding_unit_id, e.unit_name, e.id")
                .params(params)
                .query(EvaluationUnitStore::entry)
                .list();
    }

    /** Every row decided by one unit in a cycle, regardless of scope (quota counts and decisions). */
    List<EvaluationUnitEntry> entriesDecidedBy(UUID cycleId, long decidingUnitId, int year) {
        return jdbc.sql(ENTRY_SELECT + " WHERE e.cycle_id = :c AND e.deciding_unit_id = :d ORDER BY e.unit_name, e.id")
                .param("c", cycleId)
                .param("d", decidingUnitId)
                .param("y", year)
                .query(EvaluationUnitStore::entry)
                .list();
    }

    Optional<EvaluationUnitEntry> entry(UUID entryId, OrgScope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        String where = "e.id = :id AND " + unitScope(orgUnits, scope, "e", params, "us");
        params.put("id", entryId);
        params.put("y", year);
        return jdbc.sql(ENTRY_SELECT + " WHERE " + where)
                .params(params)
                .query(EvaluationUnitStore::entry)
                .optional();
    }

    /** The organisation's own assessment; 409 when the row changed since it was read. */
    void selfAssess(UUID entryId, long version, Assessment a, String by, Instant at) {
        requireUpdated(jdbc.sql("""
                        UPDATE duty_evaluation_unit SET self_score = :s, self_level = :l, self_comment = :r,
                               self_by = :by, self_at = :at, tasks_total = :t, tasks_exceeding = :x,
                               tasks_late = :late, version = version + 1
                         WHERE id = :id AND version = :v""").params(a.params(entryId, version, by, at)).update());
    }

    /** The superior's appraisal and proposed level; 409 when the row changed since it was read. */
    void appraise(UUID entryId, long version, Assessment a, String by, Instant at) {
        requireUpdated(jdbc.sql("""
                        UPDATE duty_evaluation_unit SET score = :s, proposed_level = :l, proposed_remark = :r,
                               proposed_by = :by, proposed_at = :at, tasks_total = :t, tasks_exceeding = :x,
                               tasks_late = :late, version = version + 1
                         WHERE id = :id AND version = :v""").params(a.params(entryId, version, by, at)).update());
    }

    void decide(UUID entryId, EvaluationLevel level, String ruleCode, String ruleVersion, String by, Instant at) {
        jdbc.sql("""
                        UPDATE duty_evaluation_unit SET decided_level = :l, rule_code = :rc, rule_version = :rv,
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
        return jdbc.sql("SELECT COUNT(*) FROM duty_evaluation_unit WHERE cycle_id = :c AND decided_level IS NULL")
                .param("c", cycleId)
                .query(Long.class)
                .single();
    }

    /** Organisations per decided level in a subtree, over the yearly cycles of organisations of {@code year}. */
    Map<EvaluationLevel, Long> statistics(String path, OrgScope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        String within = unitScope(orgUnits, scope, "e", params, "us");
        SqlFragment sub = orgUnits.unitInSubtree("e.org_unit_id", path, "sub");
        params.putAll(sub.params());
        params.put("y", year);
        Map<EvaluationLevel, Long> counts = new java.util.EnumMap<>(EvaluationLevel.class);
        for (EvaluationLevel level : EvaluationLevel.values()) {
            counts.put(level, 0L);
        }
        jdbc.sql("""
                        SELECT e.decided_level, COUNT(*) AS n FROM duty_evaluation_unit e
                          JOIN duty_evaluation_cycle c ON c.id = e.cycle_id
                         WHERE c.eval_year = :y AND c.period = 'YEAR' AND c.kind = 'ORGANISATION'
                           AND c.state IN ('DECIDED', 'PUBLISHED') AND e.decided_level IS NOT NULL AND\s""" + within + " AND " + sub.sql() + " GROUP BY e.decided_level")
                .params(params)
                .query((rs, n) -> counts.put(EvaluationLevel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    /**
     * What an organisation's self-assessment and its appraisal write.
     *
     * @param score 0–100
     * @param level the level
     * @param tasksTotal tasks assigned
     * @param tasksExceeding tasks beyond requirements
     * @param tasksLate tasks done late
     * @param remark the text
     */
    record Assessment(
            int score,
            EvaluationLevel level,
            int tasksTotal,
            int tasksExceeding,
            int tasksLate,
            @Nullable String remark) {

        Map<String, Object> params(UUID entryId, long version, String by, Instant at) {
            Map<String, Object> params = new HashMap<>();
            params.put("s", score);
            params.put("l", level.name());
            params.put("r", remark == null || remark.isBlank() ? null : remark.strip());
            params.put("by", by);
            params.put("at", Timestamp.from(at));
            params.put("t", tasksTotal);
            params.put("x", tasksExceeding);
            params.put("late", tasksLate);
            params.put("id", entryId);
            params.put("v", version);
            return params;
        }
    }

    private static EvaluationUnitEntry entry(ResultSet rs, int n) throws SQLException {
        Timestamp selfAt = rs.getTimestamp("self_at");
        Integer score = rs.getObject("score", Integer.class);
        Integer total = rs.getObject("tasks_total", Integer.class);
        Integer exceeding = rs.getObject("tasks_exceeding", Integer.class);
        Integer late = rs.getObject("tasks_late", Integer.class);
        int subordinate = rs.getInt("subordinate_units");
        int disciplined = rs.getInt("disciplined_units");
        boolean collective = rs.getLong("collective_disciplined") > 0;
        Integer basis = score != null ? score : rs.getObject("self_score", Integer.class);
        EvaluationLevel allowed = basis == null || total == null || exceeding == null || late == null
                ? null
                : OrganisationLevelPolicy.allowed(new OrganisationLevelPolicy.Results(
                        new EvaluationLevelPolicy.Results(basis, total, exceeding, late, false),
                        subordinate,
                        disciplined,
                        collective));
        if (allowed == null && OrganisationLevelPolicy.forcedNotCompleted(subordinate, disciplined, collective)) {
            allowed = EvaluationLevel.NOT_COMPLETED;
        }
        return new EvaluationUnitEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("cycle_id", UUID.class),
                rs.getLong("org_unit_id"),
                rs.getString("unit_name"),
                OrgUnitKind.valueOf(rs.getString("unit_kind")),
                rs.getLong("deciding_unit_id"),
                subordinate,
                disciplined,
                collective,
                rs.getObject("self_score", Integer.class),
                level(rs.getString("self_level")),
                rs.getString("self_comment"),
                rs.getString("self_by"),
                selfAt == null ? null : selfAt.toInstant(),
                total,
                exceeding,
                late,
                score,
                allowed,
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

    private static void requireUpdated(int updated) {
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }
}
