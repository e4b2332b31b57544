package vn.dangvu.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangvu.conference.AddParticipant;
import vn.dangvu.conference.ConferenceBody;
import vn.dangvu.conference.ConferenceKind;
import vn.dangvu.conference.ConferenceManagement;
import vn.dangvu.conference.ConferenceProgrammes;
import vn.dangvu.conference.ConferenceView;
import vn.dangvu.conference.Conferences;
import vn.dangvu.conference.Disposition;
import vn.dangvu.conference.ParticipantRole;
import vn.dangvu.conference.PlanConference;
import vn.dangvu.conference.Presence;
import vn.dangvu.conference.ProgrammeItemKind;
import vn.dangvu.conference.RecordVote;
import vn.dangvu.conference.SubmitOpinion;
import vn.dangvu.conference.UpdateParticipant;
import vn.dangvu.conference.VoteMethod;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnitManagement;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;

/**
 * The city committee's conferences (module conference, log-in {@code vanphong}), through the conference module's
 * facades: the term (khóa XVII) begun 38 months before the reference date, its term work programme of 26 regular
 * conferences with planned thematic conferences and resolutions, regular conferences held about quarterly (fewer than
 * due, so the programme shows the flag), and the latest one with its agenda, four discussion groups, members of the
 * executive committee and a guest, three drafts, opinions partly answered, a second version of a draft taking in the
 * accepted ones, and the resolution adopted and issued as an NQ document; plus a consultation on the higher congress's
 * draft documents with comments sent in by two subordinate organisations. The demo cell (of {@code bithu} and the demo
 * member) is left out of the participants, so the demo logins keep a clean slate.
 */
@Component
class DemoConferences {

    private static final String[][] DRAFTS = {
        {"Dự thảo Báo cáo kết quả công tác xây dựng Đảng, xây dựng hệ thống chính trị năm nay", "Phó Bí thư Thường trực"
        },
        {"Dự thảo Chương trình chuyển đổi số trong các cơ quan Đảng thành phố", "Chánh Văn phòng Thành ủy"},
        {"Dự thảo Kế hoạch thực hiện Nghị quyết về phát triển văn hóa Thủ đô", "Trưởng Ban Tuyên giáo Thành ủy"}
    };

    private static final String[] OPINIONS = {
        "Đề nghị làm rõ nguyên nhân chậm giải ngân vốn đầu tư công và trách nhiệm người đứng đầu.",
        "Bổ sung chỉ tiêu tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.",
        "Cần có lộ trình số hóa hồ sơ đảng viên cụ thể theo từng quý.",
        "Đề nghị bố trí kinh phí đào tạo kỹ năng số cho cán bộ văn phòng cấp ủy.",
        "Quy định rõ việc bảo đảm an toàn thông tin khi dùng sổ tay đảng viên điện tử.",
        "Bổ sung giải pháp giữ gìn, phát huy giá trị di sản văn hóa ở các phường mới sáp nhập.",
        "Đề nghị lùi thời hạn hoàn thành số hóa toàn bộ hồ sơ sang năm sau.",
        "Làm rõ cơ chế phối hợp giữa các ban xây dựng Đảng trong kiểm tra, giám sát.",
        "Đánh giá sâu hơn tình trạng ô nhiễm không khí và ùn tắc giao thông.",
        "Tăng cường đối thoại, lắng nghe ý kiến của nhân dân ở cơ sở."
    };

    private final ConferenceManagement management;
    private final Conferences conferences;
    private final ConferenceProgrammes programmes;
    private final OrgUnitManagement orgUnitManagement;
    private final OrgUnits orgUnits;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoConferences(
            ConferenceManagement management,
            Conferences conferences,
            ConferenceProgrammes programmes,
            OrgUnitManagement orgUnitManagement,
            OrgUnits orgUnits,
            JdbcTemplate jdbc,
            Clock clock) {
        this.management = management;
        this.conferences = conferences;
        this.programmes = programmes;
        this.orgUnitManagement = orgUnitManagement;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void seed(long cityId, String cityPath, long demoCellId, LocalDate referenceDate) {
        LocalDate today = LocalDate.now(clock).isBefore(referenceDate) ? LocalDate.now(clock) : referenceDate;
        Actor office = new Actor(
                new UUID(0, 3), "vanphong", null, null, List.of(new RoleGrant(Role.CITY_OFFICE, cityId, cityPath)));
        LocalDate termStart = today.minusMonths(38).withDayOfMonth(15);
        OrgTerm term = orgUnits.termOn(cityId, today)
                .orElseGet(() -> orgUnitManagement.addTerm(
                        cityId, 17, termStart, 60, new OrgScope(List.of(cityPath), null), "vanphong"));
        ConferenceBody bch = ConferenceBody.EXECUTIVE_COMMITTEE;
        UUID programme = programmes.setPlanned(cityId, bch, 26, 0, office);
        LocalDate start = term.startsOn();
        UUID cadres = programmes.addItem(
                programme,
                ProgrammeItemKind.THEMATIC_CONFERENCE,
                "Công tác cán bộ và xây dựng đội ngũ cán bộ các cấp",
                quarterOf(start.plusMonths(9))[0],
                quarterOf(start.plusMonths(9))[1],
                office);
        programmes.addItem(
                programme,
                ProgrammeItemKind.THEMATIC_CONFERENCE,
                "Chuyển đổi số trong hoạt động của các cơ quan Đảng",
                quarterOf(start.plusMonths(21))[0],
                quarterOf(start.plusMonths(21))[1],
                office);
        UUID culture = programmes.addItem(
                programme,
                ProgrammeItemKind.THEMATIC_RESOLUTION,
                "Nghị quyết về phát triển văn hóa Thủ đô",
                quarterOf(today)[0],
                quarterOf(today)[1],
                office);
        programmes.addItem(
                programme,
                ProgrammeItemKind.THEMATIC_RESOLUTION,
                "Nghị quyết về phát triển kinh tế số",
                quarterOf(today.plusMonths(9))[0],
                quarterOf(today.plusMonths(9))[1],
                office);

        // regular conferences about every four months: fewer than the 26 planned fall due
        for (LocalDate day = start.plusMonths(1); day.isBefore(today.minusMonths(2)); day = day.plusMonths(4)) {
            management.plan(
                    new PlanConference(
                            cityId, bch, ConferenceKind.REGULAR, day, "Hội trường Thành ủy", null, null, null),
                    office);
            if (day.isBefore(start.plusMonths(10)) && !day.plusMonths(4).isBefore(start.plusMonths(10))) {
                management.plan(
                        new PlanConference(
                                cityId,
                                bch,
                                ConferenceKind.THEMATIC,
                                start.plusMonths(10),
                                "Hội trường Thành ủy",
                                "Công tác cán bộ và xây dựng đội ngũ cán bộ các cấp",
                                null,
                                cadres),
                        office);
            }
        }

        UUID id = management.plan(
                new PlanConference(
                        cityId,
                        bch,
                        ConferenceKind.REGULAR,
                        today.minusDays(7),
                        "Hội trường Thành ủy",
                        null,
                        null,
                        null),
                office);
        management.replaceAgenda(
                id,
                List.of(
                        item("Khai mạc hội nghị", "Bí thư Thành ủy"),
                        item("Báo cáo kết quả công tác xây dựng Đảng năm nay", "Phó Bí thư Thường trực"),
                        item("Thảo luận tại 4 tổ", null),
                        item("Tiếp thu, giải trình ý kiến đại biểu", "Các đồng chí được phân công"),
                        item("Biểu quyết thông qua Nghị quyết hội nghị", "Phó Bí thư Thường trực"),
                        item("Bế mạc hội nghị", "Bí thư Thành ủy")),
                0,
                office);
        List<UUID> groups = new ArrayList<>();
        for (int g = 1; g <= 4; g++) {
            groups.add(management.addGroup(id, "Tổ " + g, office));
        }
        List<UUID> members = jdbc.query(
                """
                SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                 WHERE u.path > ? AND u.path < ? AND m.status = 'OFFICIAL' AND m.org_unit_id <> ?
                 ORDER BY m.id LIMIT 12""", (rs, n) -> rs.getObject(1, UUID.class), cityPath, OrgScope.rangeEnd(cityPath), demoCellId);
        String[] positions = {"Bí thư Thành ủy", "Phó Bí thư Thường trực", "Phó Bí thư, Chủ tịch UBND thành phố"};
        List<UUID> participants = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            participants.add(management.addParticipant(
                    id,
                    new AddParticipant(
                            ParticipantRole.BODY_MEMBER,
                            members.get(i),
                            null,
                            i < positions.length ? positions[i] : "Thành ủy viên",
                            null,
                            groups.get(i % 4),
                            i < 4),
                    office));
        }
        management.addParticipant(
                id,
                new AddParticipant(
                        ParticipantRole.GUEST, null, "Đại diện Ban Tổ chức Trung ương", "Khách mời", null, null, false),
                office);
        ConferenceView page = conferences.view(id, office);
        for (ConferenceView.ConferenceParticipant p : page.participants()) {
            if (p.role() != ParticipantRole.BODY_MEMBER) {
                continue;
            }
            Presence presence =
                    participants.indexOf(p.id()) == members.size() - 1 ? Presence.EXCUSED : Presence.PRESENT;
            management.updateParticipant(
                    id,
                    p.id(),
                    new UpdateParticipant(
                            p.positionTitle(), p.exempt(), null, presence, p.groupId(), p.groupLeader(), p.version()),
                    office);
        }
        List<UUID> drafts = new ArrayList<>();
        for (String[] d : DRAFTS) {
            drafts.add(management.addDraft(
                    id,
                    d[0],
                    d[1],
                    null,
                    d[0] + ".\n\nI. Đánh giá tình hình\nII. Mục tiêu\n" + "III. Nhiệm vụ, giải pháp",
                    office));
        }
        List<UUID> opinions = new ArrayList<>();
        for (int i = 0; i < OPINIONS.length && !participants.isEmpty(); i++) {
            UUID speaker = participants.get(i % participants.size());
            opinions.add(management.submitOpinion(
                    id,
                    new SubmitOpinion(
                            drafts.get(i % drafts.size()), "Phần " + (i % 3 + 1), speaker, null, null, OPINIONS[i]),
                    office));
        }
        Disposition[] answers = {
            Disposition.ACCEPTED,
            Disposition.ACCEPTED,
            Disposition.ACCEPTED,
            Disposition.EXPLAINED,
            Disposition.ACCEPTED,
            Disposition.ACCEPTED,
            Disposition.RESERVED
        };
        List<UUID> acceptedOnFirst = new ArrayList<>();
        for (int i = 0; i < answers.length && i < opinions.size(); i++) {
            String text = switch (answers[i]) {
                case ACCEPTED -> "Tiếp thu, bổ sung vào dự thảo.";
                case EXPLAINED -> "Nội dung này đã được thể hiện tại Phần III của dự thảo.";
                case RESERVED -> "Ban Thường vụ bảo lưu thời hạn đã đề ra; sẽ đánh giá lại khi sơ kết.";
            };
            management.respond(id, opinions.get(i), answers[i], text, 0, office);
            if (answers[i] == Disposition.ACCEPTED && i % drafts.size() == 0) {
                acceptedOnFirst.add(opinions.get(i));
            }
        }
        management.addVersion(
                id,
                drafts.get(0),
                DRAFTS[0][0] + ".\n\nI. Đánh giá tình hình (bổ sung nguyên nhân chậm giải ngân)\nII. Mục tiêu\n"
                        + "III. Nhiệm vụ, giải pháp",
                "Tiếp thu ý kiến thảo luận tổ",
                acceptedOnFirst,
                office);
        int present = members.size() - 1;
        if (present > 0) {
            management.recordVote(
                    id,
                    new RecordVote(
                            "Nghị quyết về phát triển văn hóa Thủ đô",
                            VoteMethod.SHOW_OF_HANDS,
                            present,
                            0,
                            0,
                            "TU",
                            culture),
                    office);
        }

        UUID consultation = management.plan(
                new PlanConference(
                        cityId,
                        bch,
                        ConferenceKind.CONSULTATION,
                        today.plusDays(20),
                        null,
                        null,
                        "Góp ý dự thảo các văn kiện trình Đại hội đại biểu toàn quốc",
                        null),
                office);
        UUID report = management.addDraft(
                consultation, "Dự thảo Báo cáo chính trị", "Ban Tuyên giáo Thành ủy", null, null, office);
        List<Long> subordinates = jdbc.query(
                "SELECT id FROM org_unit WHERE parent_id = ? ORDER BY id LIMIT 2", (rs, n) -> rs.getLong(1), cityId);
        for (long unit : subordinates) {
            management.submitOpinion(
                    consultation,
                    new SubmitOpinion(
                            report,
                            "Phần thứ nhất",
                            null,
                            unit,
                            null,
                            "Đề nghị bổ sung đánh giá kết quả sắp xếp tổ chức bộ máy và chính quyền địa phương hai cấp."),
                    office);
        }
    }

    private static ConferenceView.ConferenceAgendaItem item(String title, @Nullable String presenter) {
        return new ConferenceView.ConferenceAgendaItem(UUID.randomUUID(), 0, title, presenter);
    }

    private static int[] quarterOf(LocalDate day) {
        return new int[] {day.getYear(), (day.getMonthValue() - 1) / 3 + 1};
    }
}
