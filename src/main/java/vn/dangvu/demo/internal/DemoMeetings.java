package vn.dangvu.demo.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.files.BlobStore;

/**
 * The demo secretary's cell meetings: the monthly meetings of the last six months, held and minuted with attendance
 * (a few absences, one member away three times running), and next month's meeting planned with one published
 * material. A few hundred rows written with bulk SQL, like the rest of the demo.
 */
@Component
class DemoMeetings {

    static final int PAST_MONTHS = 6;
    private static final LocalTime START = LocalTime.of(8, 0);
    private static final String AGENDA = String.join(
            "\n",
            "Thu đảng phí; báo cáo số đảng viên (tổng số, miễn sinh hoạt, có mặt, vắng mặt và lý do)",
            "Thông tin thời sự; phổ biến chủ trương, chỉ thị mới của cấp trên",
            "Kiểm điểm nhiệm vụ tháng trước và việc thực hiện nhiệm vụ của đảng viên",
            "Nhiệm vụ tháng tới và phân công đảng viên",
            "Thảo luận và biểu quyết nghị quyết");

    private record Member(UUID id, String name, String status) {}

    private final JdbcTemplate jdbc;
    private final BlobStore blobs;

    DemoMeetings(JdbcTemplate jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    void seed(long cellId, LocalDate referenceDate, ZoneId zone, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5ec7L);
        List<Member> members = jdbc.query(
                """
                SELECT id, full_name, status FROM member
                 WHERE org_unit_id = ? AND status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED') ORDER BY sort_key, id""", (rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)), cellId);
        Member away = members.stream()
                .filter(m -> m.status().equals("OFFICIAL"))
                .reduce((a, b) -> b)
                .orElse(null);
        Timestamp now = Timestamp.from(referenceDate.atStartOfDay(zone).toInstant());
        List<Object[]> invitations = new ArrayList<>();
        for (int back = PAST_MONTHS; back >= 1; back--) {
            LocalDate day = referenceDate.minusMonths(back).withDayOfMonth(5);
            boolean combined = back % 3 == 0;
            Instant start = day.atTime(START).atZone(zone).toInstant();
            Instant end = start.plusSeconds(60L * (combined ? 125 : 95));
            UUID meeting = Draw.uuid(random);
            jdbc.update(
                    """
                    INSERT INTO meeting (id, org_unit_id, kind, title, planned_start, place, agenda, state, invited_at,
                           started_at, ended_at, reminded_at, version, created_at, created_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, 'Nhà văn hóa khu dân cư', ?, 'MINUTED', ?, ?, ?, ?, 3, ?, 'bithu', ?)""",
                    meeting,
                    cellId,
                    combined ? "COMBINED" : "REGULAR",
                    "Sinh hoạt chi bộ tháng " + day.getMonthValue() + "/" + day.getYear(),
                    Timestamp.from(start),
                    AGENDA,
                    Timestamp.from(start.minusSeconds(5 * 86_400L)),
                    Timestamp.from(start),
                    Timestamp.from(end),
                    Timestamp.from(start.minusSeconds(86_400L)),
                    now,
                    now);
            int base = 0;
            int present = 0;
            for (Member m : members) {
                boolean absent = (m == away && back <= 4) || random.nextInt(100) < 7;
                String attendance = absent ? (random.nextBoolean() ? "ABSENT_EXCUSED" : "ABSENT_UNEXCUSED") : "PRESENT";
                if (m.status().equals("EXEMPTED") && absent) {
                    attendance = "ABSENT_EXCUSED";
                }
                boolean official = m.status().equals("OFFICIAL");
                if ((official && !attendance.equals("ABSENT_EXCUSED"))
                        || (!official && !absent && !m.status().equals("PROBATIONARY"))) {
                    base++;
                    present += absent ? 0 : 1;
                }
                invitations.add(new Object[] {
                    Draw.uuid(random),
                    meeting,
                    m.id(),
                    m.name(),
                    m.status(),
                    absent ? "ABSENT" : "ATTENDING",
                    absent ? "Công tác xa" : null,
                    attendance,
                    absent ? "Công tác xa" : null,
                    absent ? null : Timestamp.from(start.minusSeconds(300)),
                    absent ? null : (random.nextBoolean() ? "SELF" : "CARD")
                });
            }
            jdbc.update(
                    """
                    INSERT INTO meeting_minutes (meeting_id, minutes_text, resolution_text, votes_for, votes_against,
                           votes_abstain, quorum_base, voters_present, quorate, resolution_valid, rule, recorded_at,
                           recorded_by)
                    VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, 'Điều lệ Đảng Điều 9(5); QĐ 24-QĐ/TW §9.3', ?, 'bithu')""",
                    meeting,
                    "Biên bản sinh hoạt chi bộ tháng " + day.getMonthValue() + ": chi bộ đã kiểm điểm nhiệm vụ tháng"
                            + " trước và thống nhất nhiệm vụ tháng tới.",
                    "Nghị quyết chi bộ tháng " + day.getMonthValue(),
                    present,
                    base,
                    present,
                    2 * present > base,
                    2 * present > base,
                    Timestamp.from(end));
        }
        jdbc.batchUpdate("""
                INSERT INTO meeting_invitation (id, meeting_id, member_id, full_name, member_status, reply, reply_reason,
                       attendance, absence_reason, checked_in_at, checked_in_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", invitations);

        LocalDate next = referenceDate.plusMonths(1).withDayOfMonth(5);
        Instant nextStart = next.atTime(START).atZone(zone).toInstant();
        UUID planned = Draw.uuid(random);
        jdbc.update(
                """
                INSERT INTO meeting (id, org_unit_id, kind, title, planned_start, place, agenda, state, version,
                       created_at, created_by, updated_at)
                VALUES (?, ?, 'REGULAR', ?, ?, 'Nhà văn hóa khu dân cư', ?, 'PLANNED', 0, ?, 'bithu', ?)""",
                planned,
                cellId,
                "Sinh hoạt chi bộ tháng " + next.getMonthValue() + "/" + next.getYear(),
                Timestamp.from(nextStart),
                AGENDA,
                now,
                now);
        byte[] draft = ("Dự thảo Nghị quyết chi bộ tháng " + next.getMonthValue() + "/" + next.getYear()
                        + "\n\n1. Đánh giá kết quả thực hiện nhiệm vụ tháng trước.\n2. Nhiệm vụ tháng tới.\n")
                .getBytes(StandardCharsets.UTF_8);
        BlobStore.StoredBlob blob = blobs.put(draft);
        jdbc.update("""
                INSERT INTO meeting_material (id, meeting_id, purpose, title, file_name, content_type, sha256,
                       size_bytes, uploaded_at, uploaded_by, published_at)
                VALUES (?, ?, 'MATERIAL', 'Dự thảo nghị quyết', 'du-thao-nghi-quyet.txt', 'text/plain', ?, ?, ?,
                       'bithu', ?)""", Draw.uuid(random), planned, blob.sha256(), blob.size(), now, now);
    }
}
