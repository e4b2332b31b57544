package vn.dangvu.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.meeting.Attendance;
import vn.dangvu.meeting.AttendanceStatistics;
import vn.dangvu.meeting.MeetingState;
import vn.dangvu.meeting.MeetingSummary;
import vn.dangvu.meeting.MyMeeting;
import vn.dangvu.meeting.Reply;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.SqlFragment;

/** Lists and statistics of meetings, scoped in SQL. */
@Component
public class MeetingQueries {

    /** Above this many cells a subtree's statistics list only the flagged members. */
    static final int MEMBER_ROWS_CELLS = 30;

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final MaterialStore materials;
    private final MeetingProperties properties;
    private final Clock clock;

    MeetingQueries(
            JdbcClient jdbc, OrgUnits orgUnits, MaterialStore materials, MeetingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.materials = materials;
        this.properties = properties;
        this.clock = clock;
    }

    /** Meetings of the scope, optionally of one subtree, a period and a state; newest first. */
    public PageResult<MeetingSummary> list(
            OrgScope scope,
            @Nullable String subtreePath,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable MeetingState state,
            Paging paging) {
        SqlFragment within = orgUnits.unitWithin("m.org_unit_id", scope, "s");
        StringBuilder where = new StringBuilder(" WHERE " + within.sql());
        Map<String, Object> params = new HashMap<>(within.params());
        if (subtreePath != null) {
            SqlFragment sub = orgUnits.unitInSubtree("m.org_unit_id", subtreePath, "t");
            where.append(" AND ").append(sub.sql());
            params.putAll(sub.params());
        }
        if (from != null) {
            where.append(" AND m.planned_start >= :from");
            params.put("from", Timestamp.from(startOf(from)));
        }
        if (to != null) {
            where.append(" AND m.planned_start < :to");
            params.put("to", Timestamp.from(startOf(to.plusDays(1))));
        }
        if (state != null) {
            where.append(" AND m.state = :state");
            params.put("state", state.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM meeting m" + where)
                .params(params)
                .query(Long.class)
                .single();
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        List<MeetingSummary> rows = jdbc.sql("""
                        SELECT m.*,
                               (SELECT COUNT(*) FROM meeting_invitation i
                                 WHERE i.meeting_id = m.id AND i.member_id IS NOT NULL) AS invited,
                               (SELECT COUNT(*) FROM meeting_invitation i
                                 WHERE i.meeting_id = m.id AND i.member_id IS NOT NULL AND i.attendance = 'PRESENT')
                                 AS present,
                               (SELECT COUNT(*) FROM meeting_material t
                                 WHERE t.meeting_id = m.id AND t.purpose = 'MATERIAL') AS materials,
                               (SELECT COUNT(*) FROM meeting_material t
                                 WHERE t.meeting_id = m.id AND t.purpose = 'MATERIAL'
                                   AND ((t.published_at IS NULL AND :now > m.planned_start - INTERVAL '1' DAY)
                                     OR t.published_at > m.planned_start - INTERVAL '1' DAY)) AS late
                          FROM meeting m""" + where + """
                         ORDER BY m.planned_start DESC, m.id LIMIT :limit OFFSET :offset""")
                .params(params)
                .param("now", Timestamp.from(now))
                .param("limit", paging.sizeOrDefault())
                .param("offset", paging.offset())
                .query((rs, n) -> {
                    MeetingRow m = MeetingStore.meeting(rs, n);
                    Long minutes = m.startedAt() != null && m.endedAt() != null
                            ? MeetingDurationPolicy.minutes(m.startedAt(), m.endedAt())
                            : null;
                    return new MeetingSummary(
                            m.id(),
                            m.orgUnitId(),
                            names.computeIfAbsent(m.orgUnitId(), this::unitName),
                            m.kind(),
                            m.title(),
                            m.plannedStart(),
                            m.place(),
                            m.state(),
                            rs.getInt("invited"),
                            rs.getInt("present"),
                            rs.getInt("materials"),
                            rs.getInt("late"),
                            minutes,
                            minutes != null
                                    && MeetingDurationPolicy.tooShort(
                                            m.kind(), java.util.Objects.requireNonNull(m.startedAt()), m.endedAt()),
                            m.version());
                })
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    /** The member's invitations: upcoming (not yet ended, not cancelled) or past, nearest first. */
    public List<MyMeeting> mine(UUID memberId, boolean upcoming, int limit) {
        Instant now = clock.instant();
        String condition = upcoming
                ? "m.state IN ('PLANNED', 'INVITED', 'HELD') AND m.ended_at IS NULL AND m.planned_start >= :since"
                : "(m.state IN ('HELD', 'MINUTED') AND m.ended_at IS NOT NULL)";
        Map<Long, String> names = new HashMap<>();
        return jdbc
                .sql("SELECT m.*, i.id AS invitation_id, i.reply, i.reply_reason, i.attendance, i.checked_in_at"
                        + " FROM meeting m JOIN meeting_invitation i ON i.meeting_id = m.id"
                        + " WHERE i.member_id = :member AND " + condition
                        + " ORDER BY m.planned_start " + (upcoming ? "ASC" : "DESC") + ", m.id LIMIT :limit")
                .param("member", memberId)
                .param("since", Timestamp.from(now.minus(properties.checkInClosesAfter())))
                .param("limit", limit)
                .query((rs, n) -> {
                    MeetingRow m = MeetingStore.meeting(rs, n);
                    CheckInWindow window = CheckInWindow.of(m, properties);
                    return new MyMeeting(
                            m.id(),
                            rs.getObject("invitation_id", UUID.class),
                            names.computeIfAbsent(m.orgUnitId(), this::unitName),
                            m.kind(),
                            m.title(),
                            m.plannedStart(),
                            m.place(),
                            m.state(),
                            m.agenda(),
                            List.of(),
                            MeetingStore.enumOf(Reply.class, rs.getString("reply")),
                            rs.getString("reply_reason"),
                            MeetingStore.enumOf(Attendance.class, rs.getString("attendance")),
                            MeetingStore.instant(rs, "checked_in_at"),
                            window.open(m, now),
                            window.opens(),
                            window.closes());
                })
                .list()
                .stream()
                .map(my -> withMaterials(my, now))
                .toList();
    }

    private MyMeeting withMaterials(MyMeeting my, Instant now) {
        return new MyMeeting(
                my.meetingId(),
                my.invitationId(),
                my.orgUnitName(),
                my.kind(),
                my.title(),
                my.plannedStart(),
                my.place(),
                my.state(),
                my.agenda(),
                materials.of(my.meetingId(), my.plannedStart(), now, true),
                my.reply(),
                my.replyReason(),
                my.attendance(),
                my.checkedInAt(),
                my.canCheckInNow(),
                my.checkInOpensAt(),
                my.checkInClosesAt());
    }

    /** Attendance of the meetings held in {@code [from, to]} in the subtree of {@code unit}. */
    /** Meetings between {@code from} and {@code to} (inclusive) at which any of the members was present as a guest. */
    public List<vn.dangvu.meeting.GuestAttendance> guestAttendance(
            java.util.Collection<UUID> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT i.member_id, m.org_unit_id, m.planned_start
                          FROM meeting m JOIN meeting_invitation i ON i.meeting_id = m.id
                         WHERE i.member_id IN (:members) AND i.guest_role IS NOT NULL AND i.attendance = 'PRESENT'
                           AND m.planned_start >= :from AND m.planned_start < :to
                         ORDER BY m.planned_start""")
                .param("members", memberIds)
                .param("from", Timestamp.from(startOf(from)))
                .param("to", Timestamp.from(startOf(to.plusDays(1))))
                .query((rs, n) -> new vn.dangvu.meeting.GuestAttendance(
                        rs.getObject("member_id", UUID.class),
                        rs.getLong("org_unit_id"),
                        rs.getTimestamp("planned_start")
                                .toInstant()
                                .atZone(clock.getZone())
                                .toLocalDate()))
                .list();
    }

    public AttendanceStatistics attendance(OrgUnitRef unit, LocalDate from, LocalDate to) {
        AttendancePolicy policy =
                new AttendancePolicy(properties.attendanceMinimumRate(), properties.maxConsecutiveAbsences());
        SqlFragment sub = orgUnits.unitInSubtree("m.org_unit_id", unit.path(), "t");
        Map<String, Object> params = new HashMap<>(sub.params());
        params.put("from", Timestamp.from(startOf(from)));
        params.put("to", Timestamp.from(startOf(to.plusDays(1))));
        String held = " m.state IN ('HELD', 'MINUTED') AND m.planned_start >= :from AND m.planned_start < :to AND ";
        Map<Long, int[]> byCell = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.org_unit_id, COUNT(DISTINCT m.id) AS held,
                               SUM(CASE WHEN i.id IS NULL THEN 0
                                        WHEN i.member_status = 'EXEMPTED' AND COALESCE(i.attendance, '') <> 'PRESENT'
                                        THEN 0 ELSE 1 END) AS expected,
                               SUM(CASE WHEN i.attendance = 'PRESENT' THEN 1 ELSE 0 END) AS present
                          FROM meeting m
                          LEFT JOIN meeting_invitation i ON i.meeting_id = m.id AND i.member_id IS NOT NULL
                         WHERE""" + held + sub.sql() + " GROUP BY m.org_unit_id ORDER BY m.org_unit_id")
                .params(params)
                .query((rs, n) -> byCell.put(
                        rs.getLong("org_unit_id"),
                        new int[] {rs.getInt("held"), rs.getInt("expected"), rs.getInt("present")}))
                .list();
        List<AttendanceStatistics.UnitAttendance> cells = new ArrayList<>();
        int heldTotal = 0;
        int expectedTotal = 0;
        int presentTotal = 0;
        for (Map.Entry<Long, int[]> e : byCell.entrySet()) {
            int[] c = e.getValue();
            cells.add(new AttendanceStatistics.UnitAttendance(
                    e.getKey(),
                    unitName(e.getKey()),
                    c[0],
                    c[1],
                    c[2],
                    AttendancePolicy.rate(c[2], c[1]),
                    policy.rateFlagged(c[2], c[1])));
            heldTotal += c[0];
            expectedTotal += c[1];
            presentTotal += c[2];
        }
        AttendanceStatistics.UnitAttendance total = new AttendanceStatistics.UnitAttendance(
                unit.id(),
                unit.name(),
                heldTotal,
                expectedTotal,
                presentTotal,
                AttendancePolicy.rate(presentTotal, expectedTotal),
                policy.rateFlagged(presentTotal, expectedTotal));
        boolean onlyFlagged = unit.kind() != OrgUnitKind.CELL && cells.size() > MEMBER_ROWS_CELLS;
        List<AttendanceStatistics.MemberAttendance> members = memberRows(held + sub.sql(), params, policy, onlyFlagged);
        return new AttendanceStatistics(
                unit.id(), from, to, policy.minimumRate(), policy.maxConsecutiveAbsences(), total, cells, members);
    }

    private List<AttendanceStatistics.MemberAttendance> memberRows(
            String where, Map<String, Object> params, AttendancePolicy policy, boolean onlyFlagged) {
        record Seen(
                UUID member,
                String name,
                long unit,
                String status,
                @Nullable String attendance) {}
        Map<UUID, List<Seen>> byMember = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT i.member_id, i.full_name, m.org_unit_id, i.member_status, i.attendance
                          FROM meeting m JOIN meeting_invitation i ON i.meeting_id = m.id AND i.member_id IS NOT NULL
                         WHERE""" + where + " ORDER BY i.member_id, m.planned_start")
                .params(params)
                .query((rs, n) -> new Seen(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getLong(3),
                        String.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list()
                .forEach(s -> byMember.computeIfAbsent(s.member(), k -> new ArrayList<>())
                        .add(s));
        List<AttendanceStatistics.MemberAttendance> rows = new ArrayList<>();
        for (List<Seen> seen : byMember.values()) {
            Seen last = seen.get(seen.size() - 1);
            boolean exempted = "EXEMPTED".equals(last.status());
            List<Attendance> inOrder = seen.stream()
                    .map(s -> s.attendance() == null ? Attendance.ABSENT_UNEXCUSED : Attendance.valueOf(s.attendance()))
                    .toList();
            int present =
                    (int) inOrder.stream().filter(a -> a == Attendance.PRESENT).count();
            int expected = exempted ? present : seen.size();
            int run = exempted ? 0 : AttendancePolicy.longestAbsenceRun(inOrder);
            boolean flagged = policy.absencesFlagged(run, exempted);
            if (!onlyFlagged || flagged) {
                rows.add(new AttendanceStatistics.MemberAttendance(
                        last.member(),
                        last.name(),
                        last.unit(),
                        seen.size(),
                        present,
                        AttendancePolicy.rate(present, expected),
                        run,
                        flagged));
            }
        }
        rows.sort(java.util.Comparator.comparing(AttendanceStatistics.MemberAttendance::flagged)
                .reversed()
                .thenComparing(r -> vn.dangvu.shared.text.VietnameseText.nameSortKey(r.fullName())));
        return rows;
    }

    private String unitName(long id) {
        return orgUnits.find(id).map(OrgUnitRef::name).orElse("");
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
