package vn.dangvu.grassroots.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.grassroots.FollowUpStatus;
import vn.dangvu.grassroots.FollowUpView;
import vn.dangvu.grassroots.LogVisit;
import vn.dangvu.grassroots.VisitDuration;
import vn.dangvu.grassroots.VisitPurpose;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** The {@code grassroots*} rows: committee members, their assigned units, visits and follow-up tasks. */
@Component
public class GrassrootsStore {

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    GrassrootsStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /**
     * A member of a committee.
     *
     * @param id the appointment
     * @param committeeUnitId the committee's unit
     * @param memberId the member
     * @param fullName their name
     * @param head whether they head the committee
     * @param version optimistic-lock version
     */
    public record CommitteeMemberRow(
            UUID id, long committeeUnitId, UUID memberId, String fullName, boolean head, long version) {}

    /**
     * A visit.
     *
     * @param id the visit
     * @param committeeMemberId who visited
     * @param orgUnitId the unit visited
     * @param day the day
     * @param duration half or full day
     * @param purpose what for
     * @param findings what was found
     * @param createdBy who logged it
     */
    public record VisitRow(
            UUID id,
            UUID committeeMemberId,
            long orgUnitId,
            LocalDate day,
            VisitDuration duration,
            VisitPurpose purpose,
            @Nullable String findings,
            String createdBy,
            long version) {}

    public void insertCommitteeMember(CommitteeMemberRow row, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO grassroots_committee_member (id, committee_unit_id, member_id, full_name, head,
                               version, created_at, created_by, updated_at)
                        VALUES (:id, :unit, :member, :name, :head, 0, :now, :by, :now)""")
                .param("id", row.id())
                .param("unit", row.committeeUnitId())
                .param("member", row.memberId())
                .param("name", row.fullName())
                .param("head", row.head())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    public boolean appointed(long committeeUnitId, UUID memberId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM grassroots_committee_member
                         WHERE committee_unit_id = :unit AND member_id = :member""")
                        .param("unit", committeeUnitId)
                        .param("member", memberId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The members of one committee, heads first, then by name. */
    public List<CommitteeMemberRow> ofCommittee(long committeeUnitId) {
        return jdbc.sql("""
                        SELECT * FROM grassroots_committee_member WHERE committee_unit_id = :unit
                         ORDER BY head DESC, full_name, id""")
                .param("unit", committeeUnitId)
                .query(GrassrootsStore::committeeMember)
                .list();
    }

    /** The caller's own appointments. */
    public List<CommitteeMemberRow> ofMember(UUID memberId) {
        return jdbc.sql("""
                        SELECT * FROM grassroots_committee_member WHERE member_id = :member
                         ORDER BY committee_unit_id, id""")
                .param("member", memberId)
                .query(GrassrootsStore::committeeMember)
                .list();
    }

    /**
     * An appointment the scope sees: its committee's unit lies in the scope's subtrees, or it is the caller's own;
     * otherwise {@code grassroots.committee-member.not-found}.
     */
    public CommitteeMemberRow require(UUID id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("c.committee_unit_id", scope, "s");
        Map<String, Object> params = new HashMap<>(within.params());
        params.put("id", id);
        params.put("self", scope.selfMemberId());
        String self = scope.selfMemberId() == null ? "" : " OR c.member_id = :self";
        return jdbc.sql("SELECT c.* FROM grassroots_committee_member c WHERE c.id = :id AND (" + within.sql() + self
                        + ")")
                .params(params)
                .query(GrassrootsStore::committeeMember)
                .optional()
                .orElseThrow(() -> DomainException.notFound("grassroots.committee-member.not-found", id));
    }

    /** The assigned units of each appointment. */
    public Map<UUID, List<Long>> assignments(Collection<UUID> committeeMemberIds) {
        Map<UUID, List<Long>> result = new LinkedHashMap<>();
        committeeMemberIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (committeeMemberIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT committee_member_id, org_unit_id FROM grassroots_assignment
                         WHERE committee_member_id IN (:ids) ORDER BY org_unit_id""")
                .param("ids", committeeMemberIds)
                .query((rs, n) -> result.get(rs.getObject("committee_member_id", UUID.class))
                        .add(rs.getLong("org_unit_id")))
                .list();
        return result;
    }

    /** Replaces the assigned units when the version still matches; otherwise 409 and nothing changes. */
    public void replaceAssignments(UUID id, Collection<Long> unitIds, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE grassroots_committee_member SET version = version + 1, updated_at = :now
                         WHERE id = :id AND version = :version""")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
        jdbc.sql("DELETE FROM grassroots_assignment WHERE committee_member_id = :id")
                .param("id", id)
                .update();
        for (long unit : unitIds) {
            jdbc.sql("INSERT INTO grassroots_assignment (committee_member_id, org_unit_id) VALUES (:id, :unit)")
                    .param("id", id)
                    .param("unit", unit)
                    .update();
        }
    }

    public void insertVisit(UUID id, LogVisit visit, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO grassroots_visit (id, committee_member_id, org_unit_id, visited_on, duration,
                               purpose, findings, created_at, created_by)
                        VALUES (:id, :member, :unit, :day, :duration, :purpose, :findings, :now, :by)""")
                .param("id", id)
                .param("member", visit.committeeMemberId())
                .param("unit", visit.orgUnitId())
                .param("day", Date.valueOf(visit.visitedOn()))
                .param("duration", visit.duration().name())
                .param("purpose", visit.purpose().name())
                .param("findings", visit.findings())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
        int position = 0;
        for (LogVisit.NewFollowUp f : visit.followUps()) {
            jdbc.sql("""
                            INSERT INTO grassroots_follow_up (id, visit_id, position, text, owner, due_on, status,
                                   version, updated_at, updated_by)
                            VALUES (:id, :visit, :position, :text, :owner, :due, 'OPEN', 0, :now, :by)""")
                    .param("id", UUID.randomUUID())
                    .param("visit", id)
                    .param("position", position++)
                    .param("text", f.text().strip())
                    .param("owner", f.owner())
                    .param("due", f.dueOn() == null ? null : Date.valueOf(f.dueOn()))
                    .param("now", Timestamp.from(now))
                    .param("by", by)
                    .update();
        }
    }

    /** Visits of the appointments between {@code from} and {@code to} (inclusive), by day. */
    public List<VisitRow> visits(Collection<UUID> committeeMemberIds, LocalDate from, LocalDate to) {
        if (committeeMemberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM grassroots_visit
                         WHERE committee_member_id IN (:ids) AND visited_on >= :from AND visited_on <= :to
                         ORDER BY visited_on, created_at, id""")
                .param("ids", committeeMemberIds)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new VisitRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("committee_member_id", UUID.class),
                        rs.getLong("org_unit_id"),
                        rs.getDate("visited_on").toLocalDate(),
                        VisitDuration.valueOf(rs.getString("duration")),
                        VisitPurpose.valueOf(rs.getString("purpose")),
                        rs.getString("findings"),
                        rs.getString("created_by"),
                        rs.getLong("version")))
                .list();
    }

    /** The appointment a visit belongs to, if the visit exists. */
    public Optional<UUID> committeeMemberOfVisit(UUID visitId) {
        return jdbc.sql("SELECT committee_member_id FROM grassroots_visit WHERE id = :id")
                .param("id", visitId)
                .query(UUID.class)
                .optional();
    }

    /** Rewrites a visit when the version still matches; otherwise 409 and nothing changes. */
    public void updateVisit(
            UUID id,
            long orgUnitId,
            LocalDate day,
            VisitDuration duration,
            VisitPurpose purpose,
            @Nullable String findings,
            long expectedVersion,
            String by,
            Instant now) {
        int updated = jdbc.sql("""
                        UPDATE grassroots_visit SET org_unit_id = :unit, visited_on = :day, duration = :duration,
                               purpose = :purpose, findings = :findings, version = version + 1, updated_at = :now,
                               updated_by = :by
                         WHERE id = :id AND version = :version""")
                .param("unit", orgUnitId)
                .param("day", Date.valueOf(day))
                .param("duration", duration.name())
                .param("purpose", purpose.name())
                .param("findings", findings)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    /** How many follow-up tasks of a visit became programme tasks. */
    public long handedOver(UUID visitId) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM grassroots_follow_up WHERE visit_id = :id AND programme_task_id IS NOT NULL")
                .param("id", visitId)
                .query(Long.class)
                .single();
    }

    /** Deletes a visit with its follow-up tasks when the version still matches; otherwise 409 and nothing changes. */
    public void deleteVisit(UUID id, long expectedVersion) {
        long current = jdbc.sql("SELECT version FROM grassroots_visit WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(-1L);
        if (current != expectedVersion) {
            throw DomainException.conflict("conflict.stale");
        }
        jdbc.sql("DELETE FROM grassroots_follow_up WHERE visit_id = :id")
                .param("id", id)
                .update();
        if (jdbc.sql("DELETE FROM grassroots_visit WHERE id = :id AND version = :version")
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    /** A follow-up task as stored, if it exists. */
    public Optional<FollowUpView> followUp(UUID id) {
        return jdbc.sql("SELECT * FROM grassroots_follow_up WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> followUp(rs))
                .optional();
    }

    /** The day and unit of the visit of a follow-up task, for naming where a programme task came from. */
    public VisitRow visitOfFollowUp(UUID followUpId) {
        return jdbc.sql("""
                        SELECT v.* FROM grassroots_visit v JOIN grassroots_follow_up f ON f.visit_id = v.id
                         WHERE f.id = :id""")
                .param("id", followUpId)
                .query((rs, n) -> new VisitRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("committee_member_id", UUID.class),
                        rs.getLong("org_unit_id"),
                        rs.getDate("visited_on").toLocalDate(),
                        VisitDuration.valueOf(rs.getString("duration")),
                        VisitPurpose.valueOf(rs.getString("purpose")),
                        rs.getString("findings"),
                        rs.getString("created_by"),
                        rs.getLong("version")))
                .single();
    }

    /**
     * Links a follow-up task to the programme task it became (status {@code PROGRAMME_TASK}) when the version still
     * matches; otherwise 409 and nothing changes.
     */
    public FollowUpView linkTask(UUID id, UUID programmeId, UUID taskId, long expectedVersion, String by, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE grassroots_follow_up SET status = 'PROGRAMME_TASK', programme_id = :programme,
                               programme_task_id = :task, version = version + 1, updated_at = :now, updated_by = :by
                         WHERE id = :id AND version = :version AND programme_task_id IS NULL""")
                .param("programme", programmeId)
                .param("task", taskId)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
        return followUp(id).orElseThrow();
    }

    /** The follow-up tasks of each visit, in the order given. */
    public Map<UUID, List<FollowUpView>> followUps(Collection<UUID> visitIds) {
        Map<UUID, List<FollowUpView>> result = new HashMap<>();
        if (visitIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT * FROM grassroots_follow_up WHERE visit_id IN (:ids) ORDER BY visit_id, position")
                .param("ids", visitIds)
                .query((rs, n) -> result.computeIfAbsent(rs.getObject("visit_id", UUID.class), k -> new ArrayList<>())
                        .add(followUp(rs)))
                .list();
        return result;
    }

    /** The appointment behind a follow-up task, if the task exists. */
    public Optional<UUID> committeeMemberOfFollowUp(UUID followUpId) {
        return jdbc.sql("""
                        SELECT v.committee_member_id FROM grassroots_follow_up f
                          JOIN grassroots_visit v ON v.id = f.visit_id WHERE f.id = :id""").param("id", followUpId).query(UUID.class).optional();
    }

    /** Sets a follow-up task's status when the version still matches; otherwise 409 and nothing changes. */
    public FollowUpView setStatus(UUID id, FollowUpStatus status, long expectedVersion, String by, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE grassroots_follow_up SET status = :status, version = version + 1, updated_at = :now,
                               updated_by = :by WHERE id = :id AND version = :version""")
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
        return jdbc.sql("SELECT * FROM grassroots_follow_up WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> followUp(rs))
                .single();
    }

    private static FollowUpView followUp(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_on");
        return new FollowUpView(
                rs.getObject("id", UUID.class),
                rs.getString("text"),
                rs.getString("owner"),
                due == null ? null : due.toLocalDate(),
                FollowUpStatus.valueOf(rs.getString("status")),
                rs.getObject("programme_task_id", UUID.class),
                null,
                rs.getLong("version"));
    }

    private static CommitteeMemberRow committeeMember(ResultSet rs, int n) throws SQLException {
        return new CommitteeMemberRow(
                rs.getObject("id", UUID.class),
                rs.getLong("committee_unit_id"),
                rs.getObject("member_id", UUID.class),
                rs.getString("full_name"),
                rs.getBoolean("head"),
                rs.getLong("version"));
    }
}
