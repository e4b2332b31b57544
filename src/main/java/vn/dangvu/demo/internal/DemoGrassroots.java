package vn.dangvu.demo.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's grassroots work (module grassroots, REGULATIONS §14) at the demo commune: three members of its committee
 * (the first its head), each assigned two cells, with visits of the current quarter up to the reference date — the
 * head and the second member on four weekdays in five (above the minimum share of the quarter's working days once
 * the quarter is under way), the third on one in seven — and the head's reception
 * days of the quarter; the head's latest visit has an open follow-up task and one made a task of the commune's
 * programme. The demo cell (of {@code bithu} and the demo member) is left out, so the demo logins keep a
 * clean slate.
 */
final class DemoGrassroots {

    private static final String[] PURPOSES = {"INSPECTION", "SUPERVISION", "CELL_MEETING", "WORKING_SESSION"};

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    DemoGrassroots(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    void seed(long communeId, long demoCellId, LocalDate today) {
        String path = jdbc.queryForObject("SELECT path FROM org_unit WHERE id = ?", String.class, communeId);
        List<long[]> cells = jdbc.query("""
                SELECT id FROM org_unit WHERE path > ? AND path < ? AND kind IN ('CELL', 'GRASSROOTS_CELL')
                   AND id <> ? ORDER BY id LIMIT 6""", (rs, n) -> new long[] {rs.getLong(1)}, path, rangeEnd(path), demoCellId);
        List<Object[]> members = jdbc.query(
                """
                SELECT m.id, m.full_name FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                 WHERE u.path > ? AND u.path < ? AND m.status = 'OFFICIAL' AND m.org_unit_id <> ?
                 ORDER BY m.id LIMIT 3""",
                (rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)},
                path,
                rangeEnd(path),
                demoCellId);
        if (cells.isEmpty() || members.size() < 3) {
            return;
        }
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        for (int i = 0; i < 3; i++) {
            UUID memberId = (UUID) members.get(i)[0];
            UUID id = uuid("committee-" + communeId + "-" + i);
            jdbc.update("""
                    INSERT INTO grassroots_committee_member (id, committee_unit_id, member_id, full_name, head, version,
                           created_at, created_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, 1, ?, 'tochuc', ?)""", id, communeId, memberId, members.get(i)[1], i == 0, at(quarterStart), at(quarterStart));
            long[] assigned = {cells.get((2 * i) % cells.size())[0], cells.get((2 * i + 1) % cells.size())[0]};
            for (long cell : new java.util.LinkedHashSet<>(List.of(assigned[0], assigned[1]))) {
                jdbc.update(
                        "INSERT INTO grassroots_assignment (committee_member_id, org_unit_id) VALUES (?, ?)", id, cell);
            }
            // four weekdays in five for the first two, one in seven for the third (under the minimum)
            int n = 0;
            for (LocalDate day = quarterStart; !day.isAfter(today); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                int k = n++;
                if (i == 2 ? k % 7 != 0 : k % 5 == 4) {
                    continue;
                }
                String purpose = PURPOSES[n % PURPOSES.length];
                jdbc.update(
                        """
                        INSERT INTO grassroots_visit (id, committee_member_id, org_unit_id, visited_on, duration,
                               purpose, findings, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'tochuc')""",
                        uuid("visit-" + id + "-" + day),
                        id,
                        assigned[n % 2],
                        day,
                        n % 3 == 0 ? "HALF_DAY" : "FULL_DAY",
                        purpose,
                        "Chi bộ thực hiện nghị quyết tháng đúng kế hoạch; sổ sách đầy đủ.",
                        at(day));
            }
            if (i == 0) {
                followUps(communeId, id, memberId, (String) members.get(i)[1], today);
                for (LocalDate month = quarterStart; !month.isAfter(today); month = month.plusMonths(1)) {
                    for (int d : new int[] {10, 25}) {
                        LocalDate held = month.withDayOfMonth(d);
                        if (held.isAfter(today)) {
                            continue;
                        }
                        jdbc.update(
                                """
                                INSERT INTO petition_reception_day (id, org_unit_id, held_on, head_name, head_title,
                                       head_member_id, citizens_received, notes, created_at, created_by)
                                VALUES (?, ?, ?, ?, 'Bí thư Đảng ủy', ?, 2, 'Tiếp công dân định kỳ', ?, 'tiepdan')""",
                                uuid("head-reception-" + communeId + "-" + held),
                                communeId,
                                held,
                                members.get(i)[1],
                                memberId,
                                at(held));
                    }
                }
            }
        }
    }

    /**
     * Two follow-up tasks on the head's latest visit: one open, one made a task of the commune's programme adopting the
     * city's (01-CTr/ĐU), linked both ways, in the head's charge and due within three weeks (so that the reminders of
     * the programme reach them).
     */
    private void followUps(long communeId, UUID committeeMemberId, UUID memberId, String name, LocalDate today) {
        List<Object[]> visits = jdbc.query(
                """
                SELECT v.id, v.visited_on, u.name FROM grassroots_visit v JOIN org_unit u ON u.id = v.org_unit_id
                 WHERE v.committee_member_id = ? ORDER BY v.visited_on DESC LIMIT 1""",
                (rs, n) ->
                        new Object[] {rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getString(3)},
                committeeMemberId);
        if (visits.isEmpty()) {
            return;
        }
        UUID visit = (UUID) visits.get(0)[0];
        LocalDate day = (LocalDate) visits.get(0)[1];
        jdbc.update("""
                INSERT INTO grassroots_follow_up (id, visit_id, position, text, owner, due_on, status, version,
                       updated_at, updated_by)
                VALUES (?, ?, 0, 'Bổ sung biên bản sinh hoạt chi bộ tháng trước', 'Bí thư chi bộ', ?, 'OPEN', 0, ?,
                       'tochuc')""", uuid("follow-up-open-" + visit), visit, today.plusDays(14), at(day));
        List<UUID> programme = jdbc.query(
                "SELECT id FROM programme WHERE issuing_unit_id = ? AND code = '01-CTr/ĐU'",
                (rs, n) -> rs.getObject(1, UUID.class),
                communeId);
        if (programme.isEmpty()) {
            return;
        }
        UUID followUp = uuid("follow-up-task-" + visit);
        UUID task = uuid("programme-task-from-" + visit);
        Integer seq = jdbc.queryForObject(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM programme_task WHERE programme_id = ?",
                Integer.class,
                programme.get(0));
        String label = "Đi cơ sở ngày %02d/%02d/%d tại %s (đồng chí %s)"
                .formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear(), visits.get(0)[2], name);
        jdbc.update(
                """
                INSERT INTO programme_task (id, programme_id, seq, title, owner_unit_id, owner_member_id,
                       owner_person, deadline, origin_kind, origin_id, origin_label, version, created_at, created_by)
                VALUES (?, ?, ?, 'Rà soát, kết nạp quần chúng ưu tú ở khu dân cư', ?, ?, ?, ?,
                       'GRASSROOTS_FOLLOW_UP', ?, ?, 0, ?, 'tochuc')""",
                task,
                programme.get(0),
                seq,
                communeId,
                memberId,
                name,
                today.plusDays(20),
                followUp,
                label,
                at(day));
        jdbc.update("""
                INSERT INTO grassroots_follow_up (id, visit_id, position, text, owner, due_on, status, version,
                       programme_id, programme_task_id, updated_at, updated_by)
                VALUES (?, ?, 1, 'Rà soát, kết nạp quần chúng ưu tú ở khu dân cư', ?, ?,
                       'PROGRAMME_TASK', 1, ?, ?, ?, 'tochuc')""", followUp, visit, name, today.plusDays(20), programme.get(0), task, at(day));
    }

    private static String rangeEnd(String path) {
        return path.substring(0, path.length() - 1) + '0';
    }

    private Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).atZone(zone).toInstant());
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("demo-" + key).getBytes(StandardCharsets.UTF_8));
    }
}
