package vn.dangvu.demo.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's citizens' petitions (module petition, REGULATIONS §13) at the demo commune, for {@code tiepdan}: a few
 * received this year at each step (waiting to be accepted, accepted, settled, guided to a State body), and old ones
 * still open — the "cases unresolved for 10 or 20 years" of the articles — so the inbox and the ageing report show
 * real cases; and the commune head's reception days of the last months. Written with SQL like the rest of the demo
 * city; the deadlines follow the module's default counting (calendar days).
 */
final class DemoPetitions {

    private record Demo(
            String key,
            int daysAgo,
            String name,
            String channel,
            String subject,
            @Nullable String kind,
            String state) {}

    private static final Demo[] PETITIONS = {
        new Demo(
                "p1",
                3,
                "Nguyễn Văn Bình",
                "RECEPTION_DAY",
                "Phản ánh việc sinh hoạt chi bộ tổ dân phố không đều",
                null,
                "RECEIVED"),
        new Demo(
                "p2",
                12,
                "Trần Thị Lan",
                "MAIL",
                "Tố cáo đảng viên vi phạm quy định về những điều đảng viên không được làm",
                "DENUNCIATION",
                "ACCEPTED"),
        new Demo(
                "p3",
                40,
                "Lê Văn Hùng",
                "ONLINE_FORM",
                "Khiếu nại quyết định kỷ luật khiển trách của chi bộ",
                "COMPLAINT",
                "SETTLED"),
        new Demo(
                "p4",
                25,
                "Phạm Thị Hoa",
                "RECEPTION_DAY",
                "Đề nghị giải quyết tranh chấp đất đai với hộ liền kề",
                "COMPLAINT",
                "GUIDED"),
        new Demo(
                "p5",
                800,
                "Hoàng Văn Nam",
                "MAIL",
                "Khiếu nại việc xét kết nạp đảng viên tại chi bộ khu dân cư",
                "COMPLAINT",
                "ACCEPTED"),
        new Demo(
                "p6",
                4_100,
                "Đỗ Thị Mai",
                "MAIL",
                "Tố cáo cán bộ thôn lợi dụng chức vụ trong việc đền bù",
                "DENUNCIATION",
                "ACCEPTED"),
        new Demo(
                "p7",
                7_800,
                "Vũ Văn Thành",
                "RECEPTION_DAY",
                "Kiến nghị xem xét lại việc xóa tên đảng viên năm cũ",
                "PROPOSAL",
                "ACCEPTED"),
    };

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    DemoPetitions(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    void seed(long communeId, LocalDate today) {
        for (Demo demo : PETITIONS) {
            petition(communeId, today, demo);
        }
        for (int month = 1; month <= 3; month++) {
            LocalDate held = today.minusMonths(month).withDayOfMonth(15);
            jdbc.update(
                    """
                    INSERT INTO petition_reception_day (id, org_unit_id, held_on, head_name, head_title,
                           citizens_received, notes, created_at, created_by)
                    VALUES (?, ?, ?, 'Nguyễn Đức Minh', 'Bí thư Đảng ủy', ?, ?, ?, 'tiepdan')""",
                    uuid("reception-" + communeId + "-" + month),
                    communeId,
                    held,
                    3 + month,
                    "Tiếp công dân định kỳ tháng " + held.getMonthValue(),
                    at(held));
        }
    }

    private void petition(long communeId, LocalDate today, Demo demo) {
        UUID id = uuid("petition-" + communeId + "-" + demo.key());
        LocalDate received = today.minusDays(demo.daysAgo());
        LocalDate accepted =
                "RECEIVED".equals(demo.state()) || "GUIDED".equals(demo.state()) ? null : received.plusDays(7);
        LocalDate settleDue = accepted == null || "PROPOSAL".equals(demo.kind()) ? null : accepted.plusDays(30);
        boolean settled = "SETTLED".equals(demo.state());
        boolean guided = "GUIDED".equals(demo.state());
        LocalDate closed = settled ? accepted.plusDays(25) : guided ? received.plusDays(5) : null;
        jdbc.update(
                """
                INSERT INTO petition (id, received_unit_id, handling_unit_id, petitioner_name, petitioner_address,
                       channel, received_on, subject, content, kind, competence, state, accept_due, accepted_on,
                       settle_due, guidance, reply_text, replied_on, closed_on, version, created_at, created_by,
                       updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'tiepdan', ?)""",
                id,
                communeId,
                communeId,
                demo.name(),
                "Tổ dân phố số " + (demo.daysAgo() % 9 + 1) + ", phường trung tâm",
                demo.channel(),
                received,
                demo.subject(),
                demo.subject()
                        + ". Người gửi đơn trình bày sự việc và đề nghị cấp ủy xem xét, giải quyết theo quy định.",
                demo.kind(),
                demo.kind() == null ? null : guided ? "STATE" : "PARTY",
                demo.state(),
                received.plusDays(10),
                accepted,
                settleDue,
                guided
                        ? "Nội dung thuộc thẩm quyền của Ủy ban nhân dân phường; đề nghị công dân gửi đơn đến đó."
                        : null,
                settled ? "Cấp ủy đã xem xét, kết luận và trả lời người khiếu nại bằng văn bản." : null,
                settled ? closed : null,
                closed,
                at(received),
                at(closed != null ? closed : accepted != null ? accepted : received));
        step(id, "RECEIVED", "Tiếp nhận đơn", received);
        if (demo.kind() != null) {
            step(id, "CLASSIFIED", "Phân loại đơn", received.plusDays(2));
        }
        if (accepted != null) {
            step(id, "ACCEPTED", "Thụ lý giải quyết", accepted);
        }
        if (guided) {
            step(id, "GUIDED", "Hướng dẫn người gửi đơn", closed);
        }
        if (settled) {
            step(id, "REPLIED", "Trả lời người khiếu nại", closed);
        }
    }

    private void step(UUID petition, String action, String detail, LocalDate day) {
        jdbc.update("""
                INSERT INTO petition_step (id, petition_id, action, detail, on_day, at, by_account)
                VALUES (?, ?, ?, ?, ?, ?, 'tiepdan')""", uuid(petition + "-" + action), petition, action, detail, day, at(day));
    }

    private Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).atZone(zone).toInstant());
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("demo-" + key).getBytes(StandardCharsets.UTF_8));
    }
}
