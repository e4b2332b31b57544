package vn.dangvu.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.meeting.Attendance;
import vn.dangvu.meeting.BaseExclusion;
import vn.dangvu.meeting.CheckInBy;
import vn.dangvu.meeting.InvitationView;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.MeetingState;
import vn.dangvu.meeting.MinutesView;
import vn.dangvu.meeting.Reply;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;

/** The {@code meeting}, {@code meeting_invitation} and {@code meeting_minutes} rows; every change is one statement. */
@Component
public class MeetingStore {

    static final String AGENDA_SEPARATOR = "\n";

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;

    MeetingStore(JdbcClient jdbc, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
    }

    /** The meeting if its cell lies in the scope; otherwise {@code meeting.not-found} (404). */
    public MeetingRow require(UUID id, OrgScope scope) {
        SqlFragment within = orgUnits.unitWithin("org_unit_id", scope, "s");
        return jdbc.sql("SELECT * FROM meeting WHERE id = :id AND " + within.sql())
                .params(within.params())
                .param("id", id)
                .query(MeetingStore::meeting)
                .optional()
                .orElseThrow(() -> DomainException.notFound("meeting.not-found", id));
    }

    public Optional<MeetingRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = :id")
                .param("id", id)
                .query(MeetingStore::meeting)
                .optional();
    }

    public void insert(MeetingRow m, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO meeting (id, org_unit_id, kind, title, planned_start, place, agenda, state, schedule_id,
                               version, created_at, created_by, updated_at)
                        VALUES (:id, :unit, :kind, :title, :start, :place, :agenda, :state, :schedule, 0, :now, :by, :now)""")
                .param("id", m.id())
                .param("unit", m.orgUnitId())
                .param("kind", m.kind().name())
                .param("title", m.title())
                .param("start", Timestamp.from(m.plannedStart()))
                .param("place", m.place())
                .param("agenda", String.join(AGENDA_SEPARATOR, m.agenda()))
                .param("state", m.state().name())
                .param("schedule", m.scheduleId())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    /** Writes the editable fields and the state when the version still matches; otherwise 409. */
    public void update(MeetingRow m, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE meeting SET kind = :kind, title = :title, planned_start = :start, place = :place,
                               agenda = :agenda, state = :state, invited_at = :invited, started_at = :started,
                               ended_at = :ended, cancel_reason = :cancel, updated_at = :now, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("kind", m.kind().name())
                .param("title", m.title())
                .param("start", Timestamp.from(m.plannedStart()))
                .param("place", m.place())
                .param("agenda", String.join(AGENDA_SEPARATOR, m.agenda()))
                .param("state", m.state().name())
                .param("invited", ts(m.invitedAt()))
                .param("started", ts(m.startedAt()))
                .param("ended", ts(m.endedAt()))
                .param("cancel", m.cancelReason())
                .param("now", Timestamp.from(now))
                .param("id", m.id())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw DomainException.conflict("conflict.stale");
        }
    }

    public List<InvitationView> invitations(UUID meetingId) {
        return jdbc
                .sql("SELECT * FROM meeting_invitation WHERE meeting_id = :m ORDER BY id")
                .param("m", meetingId)
                .query(MeetingStore::invitation)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing((InvitationView i) -> i.guestRole() != null)
                        .thenComparing(i -> vn.dangvu.shared.text.VietnameseText.nameSortKey(i.fullName())))
                .toList();
    }

    public Optional<InvitationView> invitationOf(UUID meetingId, UUID memberId) {
        return jdbc.sql("SELECT * FROM meeting_invitation WHERE meeting_id = :m AND member_id = :member")
                .param("m", meetingId)
                .param("member", memberId)
                .query(MeetingStore::invitation)
                .optional();
    }

    public Optional<InvitationView> invitation(UUID meetingId, UUID invitationId) {
        return jdbc.sql("SELECT * FROM meeting_invitation WHERE meeting_id = :m AND id = :id")
                .param("m", meetingId)
                .param("id", invitationId)
                .query(MeetingStore::invitation)
                .optional();
    }

    /** Invites a member or guest; a member already invited is left as they are (returns false). */
    public boolean invite(
            UUID meetingId,
            @Nullable UUID memberId,
            String fullName,
            @Nullable String guestRole,
            @Nullable String memberStatus) {
        if (memberId != null && invitationOf(meetingId, memberId).isPresent()) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO meeting_invitation (id, meeting_id, member_id, full_name, guest_name, guest_role,
                               member_status)
                        VALUES (:id, :m, :member, :name, :guest, :role, :status)""")
                .param("id", UUID.randomUUID())
                .param("m", meetingId)
                .param("member", memberId)
                .param("name", fullName)
                .param("guest", memberId == null ? fullName : null)
                .param("role", guestRole)
                .param("status", memberStatus)
                .update();
        return true;
    }

    public List<UUID> invitedMembers(UUID meetingId) {
        return jdbc.sql("SELECT member_id FROM meeting_invitation WHERE meeting_id = :m AND member_id IS NOT NULL")
                .param("m", meetingId)
                .query(UUID.class)
                .list();
    }

    public void reply(UUID meetingId, UUID memberId, Reply reply, @Nullable String reason, Instant now) {
        jdbc.sql("""
                        UPDATE meeting_invitation SET reply = :reply, reply_reason = :reason, replied_at = :now
                         WHERE meeting_id = :m AND member_id = :member""")
                .param("reply", reply.name())
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .param("m", meetingId)
                .param("member", memberId)
                .update();
    }

    /**
     * Checks a member in with one conditional UPDATE: the first check-in wins and keeps its time, so any number of
     * concurrent check-ins neither race nor overwrite one another.
     *
     * @return whether this call checked them in (false: they already were)
     */
    public boolean checkIn(UUID meetingId, UUID memberId, CheckInBy by, String account, Instant now) {
        return jdbc.sql("""
                                UPDATE meeting_invitation SET attendance = 'PRESENT', checked_in_at = :now,
                                       checked_in_by = :by, checked_in_account = :account
                                 WHERE meeting_id = :m AND member_id = :member AND checked_in_at IS NULL""")
                        .param("now", Timestamp.from(now))
                        .param("by", by.name())
                        .param("account", account)
                        .param("m", meetingId)
                        .param("member", memberId)
                        .update()
                == 1;
    }

    /** The secretary's attendance record of one invitation. */
    public void mark(
            UUID invitationId,
            Attendance attendance,
            @Nullable String reason,
            @Nullable BaseExclusion exclusion,
            String account,
            Instant now) {
        boolean present = attendance == Attendance.PRESENT;
        jdbc.sql("""
                        UPDATE meeting_invitation SET attendance = :attendance, absence_reason = :reason,
                               base_exclusion = :exclusion,
                               checked_in_at = CASE WHEN :present THEN COALESCE(checked_in_at, :now) ELSE NULL END,
                               checked_in_by = CASE WHEN :present THEN COALESCE(checked_in_by, 'SECRETARY') ELSE NULL END,
                               checked_in_account = CASE WHEN :present THEN COALESCE(checked_in_account, :account)
                                                         ELSE NULL END
                         WHERE id = :id""")
                .param("attendance", attendance.name())
                .param("reason", present ? null : reason)
                .param("exclusion", exclusion == null ? null : exclusion.name())
                .param("present", present)
                .param("now", Timestamp.from(now))
                .param("account", account)
                .param("id", invitationId)
                .update();
    }

    /** When a meeting ends, members not yet marked are absent: excused if they replied absent with a reason. */
    public void closeAttendance(UUID meetingId) {
        jdbc.sql("""
                        UPDATE meeting_invitation
                           SET attendance = CASE WHEN reply = 'ABSENT' AND reply_reason IS NOT NULL
                                                 THEN 'ABSENT_EXCUSED' ELSE 'ABSENT_UNEXCUSED' END,
                               absence_reason = CASE WHEN reply = 'ABSENT' THEN reply_reason ELSE NULL END
                         WHERE meeting_id = :m AND member_id IS NOT NULL AND attendance IS NULL""").param("m", meetingId).update();
    }

    public Optional<MinutesView> minutes(UUID meetingId) {
        return jdbc.sql("SELECT * FROM meeting_minutes WHERE meeting_id = :m")
                .param("m", meetingId)
                .query((rs, n) -> new MinutesView(
                        rs.getString("minutes_text"),
                        rs.getString("resolution_text"),
                        rs.getInt("votes_for"),
                        rs.getInt("votes_against"),
                        rs.getInt("votes_abstain"),
                        rs.getInt("quorum_base"),
                        rs.getInt("voters_present"),
                        rs.getBoolean("quorate"),
                        rs.getBoolean("resolution_valid"),
                        rs.getString("rule"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .optional();
    }

    public void saveMinutes(UUID meetingId, MinutesView minutes) {
        jdbc.sql("DELETE FROM meeting_minutes WHERE meeting_id = :m")
                .param("m", meetingId)
                .update();
        jdbc.sql("""
                        INSERT INTO meeting_minutes (meeting_id, minutes_text, resolution_text, votes_for, votes_against,
                               votes_abstain, quorum_base, voters_present, quorate, resolution_valid, rule, recorded_at,
                               recorded_by)
                        VALUES (:m, :text, :resolution, :for, :against, :abstain, :base, :present, :quorate, :valid,
                               :rule, :at, :by)""")
                .param("m", meetingId)
                .param("text", minutes.minutesText())
                .param("resolution", minutes.resolutionText())
                .param("for", minutes.votesFor())
                .param("against", minutes.votesAgainst())
                .param("abstain", minutes.votesAbstain())
                .param("base", minutes.base())
                .param("present", minutes.votersPresent())
                .param("quorate", minutes.quorate())
                .param("valid", minutes.resolutionValid())
                .param("rule", minutes.rule())
                .param("at", Timestamp.from(minutes.recordedAt()))
                .param("by", minutes.recordedBy())
                .update();
    }

    /**
     * Claims the reminder of a meeting: only the first caller (of any node) gets {@code true}, so a reminder is sent
     * once however often or wherever the job runs.
     */
    public boolean claimReminder(UUID meetingId, Instant now) {
        return jdbc.sql("UPDATE meeting SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL")
                        .param("now", Timestamp.from(now))
                        .param("id", meetingId)
                        .update()
                == 1;
    }

    /** Invited meetings starting in {@code [from, to)} not yet reminded of. */
    public List<UUID> dueForReminder(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT id FROM meeting WHERE state = 'INVITED' AND reminded_at IS NULL
                           AND planned_start >= :from AND planned_start < :to ORDER BY planned_start""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(UUID.class)
                .list();
    }

    static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
        String agenda = rs.getString("agenda");
        return new MeetingRow(
                rs.getObject("id", UUID.class),
                rs.getLong("org_unit_id"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getTimestamp("planned_start").toInstant(),
                rs.getString("place"),
                agenda.isEmpty() ? List.of() : Arrays.asList(agenda.split(AGENDA_SEPARATOR, -1)),
                MeetingState.valueOf(rs.getString("state")),
                rs.getObject("schedule_id", UUID.class),
                instant(rs, "invited_at"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                rs.getString("cancel_reason"),
                rs.getLong("version"));
    }

    static InvitationView invitation(ResultSet rs, int n) throws SQLException {
        return new InvitationView(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("full_name"),
                rs.getString("guest_role"),
                rs.getString("member_status"),
                enumOf(Reply.class, rs.getString("reply")),
                rs.getString("reply_reason"),
                instant(rs, "replied_at"),
                enumOf(Attendance.class, rs.getString("attendance")),
                rs.getString("absence_reason"),
                enumOf(BaseExclusion.class, rs.getString("base_exclusion")),
                instant(rs, "checked_in_at"),
                enumOf(CheckInBy.class, rs.getString("checked_in_by")));
    }

    static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static Map<String, Object> params() {
        return new HashMap<>();
    }
}
