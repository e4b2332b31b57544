package vn.dangvu.member.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.shared.OrgMembership;

/**
 * The member module's side of {@link OrgMembership}: counts the members of units for the size rules and moves them
 * when units merge or split, in the caller's transaction. A moved member's version goes up (an edit opened before
 * the move becomes stale) and the move is noted in the member's field history as a change of cell.
 */
@Component
class MemberOrgMoves implements OrgMembership {

    private static final List<String> ACTIVE = java.util.Arrays.stream(MemberStatus.values())
            .filter(MemberStatus::isActive)
            .map(Enum::name)
            .toList();

    /** Who moves with the unit: the members on its list and its candidates for admission. */
    private static final List<String> MOVABLE = java.util.Arrays.stream(MemberStatus.values())
            .filter(s -> s.isActive() || s.isCandidate())
            .map(Enum::name)
            .toList();

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberOrgMoves(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, MemberCounts> countByUnit(Collection<Long> unitIds) {
        Map<Long, MemberCounts> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT org_unit_id, COUNT(*) AS active,
                               SUM(CASE WHEN status = 'OFFICIAL' THEN 1 ELSE 0 END) AS official
                          FROM member WHERE org_unit_id IN (:units) AND status IN (:active)
                         GROUP BY org_unit_id""")
                .param("units", List.copyOf(unitIds))
                .param("active", ACTIVE)
                .query((rs, n) -> counts.put(
                        rs.getLong("org_unit_id"), new MemberCounts(rs.getLong("active"), rs.getLong("official"))))
                .list();
        return counts;
    }

    @Override
    public MemberCounts countAmong(long unitId, Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return MemberCounts.NONE;
        }
        return jdbc.sql("""
                        SELECT COUNT(*) AS active, SUM(CASE WHEN status = 'OFFICIAL' THEN 1 ELSE 0 END) AS official
                          FROM member WHERE org_unit_id = :unit AND id IN (:ids) AND status IN (:active)""")
                .param("unit", unitId)
                .param("ids", List.copyOf(memberIds))
                .param("active", ACTIVE)
                .query((rs, n) -> new MemberCounts(rs.getLong("active"), rs.getLong("official")))
                .single();
    }

    @Override
    public int moveAll(long fromUnitId, long toUnitId, Decision decision, String changedBy) {
        List<UUID> ids = jdbc.sql("SELECT id FROM member WHERE org_unit_id = :unit AND status IN (:movable)")
                .param("unit", fromUnitId)
                .param("movable", MOVABLE)
                .query(UUID.class)
                .list();
        Timestamp now = Timestamp.from(clock.instant());
        // Members on their way to, or posted temporarily to, the absorbed unit now go to the survivor.
        jdbc.sql("UPDATE member SET transit_to_org_unit_id = :to, version = version + 1, updated_at = :now"
                        + " WHERE transit_to_org_unit_id = :from")
                .param("to", toUnitId)
                .param("from", fromUnitId)
                .param("now", now)
                .update();
        jdbc.sql("UPDATE member SET temporary_org_unit_id = :to, version = version + 1, updated_at = :now"
                        + " WHERE temporary_org_unit_id = :from")
                .param("to", toUnitId)
                .param("from", fromUnitId)
                .param("now", now)
                .update();
        return move(ids, fromUnitId, toUnitId, decision, changedBy);
    }

    @Override
    public int move(Collection<UUID> memberIds, long fromUnitId, long toUnitId, Decision decision, String changedBy) {
        if (memberIds.isEmpty()) {
            return 0;
        }
        Map<UUID, Long> versions = new HashMap<>();
        jdbc.sql("""
                        SELECT id, version FROM member
                         WHERE id IN (:ids) AND org_unit_id = :unit AND status IN (:movable)""")
                .param("ids", List.copyOf(memberIds))
                .param("unit", fromUnitId)
                .param("movable", MOVABLE)
                .query((rs, n) -> versions.put(rs.getObject("id", UUID.class), rs.getLong("version")))
                .list();
        if (versions.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE member SET org_unit_id = :to, version = version + 1, updated_at = :now
                         WHERE id IN (:ids)""")
                .param("to", toUnitId)
                .param("now", Timestamp.from(now))
                .param("ids", List.copyOf(versions.keySet()))
                .update();
        // The move is a dated step of each member's party history (the decision of the organisation's change).
        jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, effective_date, decision_number, decision_date,
                               decision_body, org_unit_id, status_before, status_after, recorded_at, recorded_by)
                        SELECT id, 'UNIT_REORGANISED', :effective, :number, :date, :issuer, :to, status, status, :now, :by
                          FROM member WHERE id IN (:ids)""")
                .param("effective", decision.effectiveOn())
                .param("number", decision.number())
                .param("date", decision.date())
                .param("issuer", decision.issuer())
                .param("to", toUnitId)
                .param("now", Timestamp.from(now))
                .param("by", changedBy)
                .param("ids", List.copyOf(versions.keySet()))
                .update();
        String from = unitName(fromUnitId);
        String to = unitName(toUnitId);
        versions.forEach((id, version) -> jdbc.sql("""
                        INSERT INTO member_change (id, member_id, version, changed_at, changed_by, field, old_value,
                                                   new_value)
                        VALUES (:cid, :id, :version, :at, :by, 'cell', :old, :new)""")
                .param("cid", UUID.randomUUID())
                .param("id", id)
                .param("version", version + 1)
                .param("at", Timestamp.from(now))
                .param("by", changedBy)
                .param("old", from)
                .param("new", to)
                .update());
        return versions.size();
    }

    private String unitName(long unitId) {
        return jdbc.sql("SELECT name FROM org_unit_directory WHERE id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }
}
