package vn.dangvu.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;

/**
 * The hostile-text writes of the registry and the handbook's side: organisation changes, member records and their
 * lifecycle, documents, meetings, feedback, petitions and denunciations, badges, the holiday calendar. Writes that can
 * be done once per record (a cancellation, a dissolution, a step of a file) set up a fresh record before each call
 * through the API, as the demo accounts would.
 */
final class RegistryHostileWrites {

    /** Text fields of these writes that take no hostile text, and why. */
    static final Map<String, String> EXEMPT = Map.of(
            "POST /api/v1/meetings/{id}/check-ins cardNumber",
            "a party card number or its QR payload, looked up to find the invited member; never stored or shown");

    private static final String DECISION = "\"decisionNumber\":\"125-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\","
            + "\"issuer\":\"Ban Thường vụ Đảng ủy\",\"effectiveOn\":\"2026-02-25\"";

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private RegistryHostileWrites() {}

    static List<HostileWrite> writes(HostileFixture f) {
        List<HostileWrite> writes = new ArrayList<>();
        org(f, writes);
        members(f, writes);
        meetings(f, writes);
        documentsAndFeedback(f, writes);
        petitions(f, writes);
        denunciations(f, writes);
        return writes;
    }

    private static void org(HostileFixture f, List<HostileWrite> writes) {
        long committee = f.unitInStaffScope("GRASSROOTS_COMMITTEE");
        ApiClient tochuc = f.session("tochuc");
        writes.add(HostileWrite.post(
                "tochuc",
                "/api/v1/org-units",
                "org_unit",
                "{\"parentId\":" + committee + ",\"kind\":\"CELL\",\"code\":\"HOS.%n\",\"name\":\"Chi bộ Thử\","
                        + DECISION + "}"));
        JsonNode renamed = cell(f, tochuc, committee);
        String unit = "/api/v1/org-units/" + renamed.path("id").asLong();
        writes.add(HostileWrite.at(
                        "tochuc",
                        "POST /api/v1/org-units/{id}/rename",
                        "org_unit_event",
                        "{\"name\":\"Chi bộ Đổi tên %n\",\"version\":%v," + DECISION + "}",
                        renamed.path("id").asLong())
                .readBackAt(unit));
        long version = renamed.path("version").asLong();
        long target = f.jdbc()
                .sql("""
                        SELECT id FROM org_unit WHERE kind = 'GRASSROOTS_COMMITTEE' AND state = 'ACTIVE'
                           AND path LIKE :scope AND id <> :c ORDER BY id DESC LIMIT 1""")
                .param("scope", path(f, f.staffScopeRoot()) + "%")
                .param("c", committee)
                .query(Long.class)
                .single();
        writes.add(HostileWrite.once(
                "tochuc",
                "POST /api/v1/org-units/{id}/move",
                "org_unit_event",
                "{\"newParentId\":" + target + ",\"version\":" + version + "," + DECISION + "}",
                () -> new Object[] {cell(f, tochuc, committee).path("id").asLong()}));
        writes.add(HostileWrite.once(
                "tochuc",
                "POST /api/v1/org-units/{id}/dissolve",
                "org_unit_event",
                "{\"version\":" + version + "," + DECISION + "}",
                () -> new Object[] {cell(f, tochuc, committee).path("id").asLong()}));
        writes.add(HostileWrite.once(
                "tochuc",
                "POST /api/v1/org-units/{id}/merge",
                "org_unit_event",
                "{\"version\":" + version + ",\"absorbed\":[{\"id\":\"%1\",\"version\":" + version + "}]," + DECISION
                        + "}",
                () -> new Object[] {
                    cell(f, tochuc, committee).path("id").asLong(),
                    cell(f, tochuc, committee).path("id").asLong()
                }));
        String parts = "\"parts\":[{\"kind\":\"CELL\",\"code\":\"SPL.%n\",\"name\":\"Chi bộ Tách %n\","
                + "\"memberIds\":[],\"childIds\":[]}]";
        writes.add(HostileWrite.once(
                "tochuc",
                "POST /api/v1/org-units/{id}/split",
                "org_unit",
                "{\"version\":" + version + "," + parts + "," + DECISION + "}",
                () -> new Object[] {cell(f, tochuc, committee).path("id").asLong()}));
        writes.add(HostileWrite.at(
                "tochuc",
                "POST /api/v1/org-units/{id}/split/preview",
                "org_unit",
                "{" + parts + "}",
                renamed.path("id").asLong()));
    }

    private static void members(HostileFixture f, List<HostileWrite> writes) {
        long cell = f.secretaryCell();
        ApiClient bithu = f.session("bithu");
        ApiClient tochuc = f.session("tochuc");
        writes.add(HostileWrite.post(
                "bithu",
                "/api/v1/members",
                "member",
                "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell + ",\"fullName\":\"Trần Văn Bình\","
                        + "\"sex\":\"M\",\"birthDate\":\"1970-01-01\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                        + "\"admittedOn\":\"2000-05-19\",\"ceremonyDate\":\"2000-05-29\",\"officialOn\":\"2001-05-29\","
                        + "\"citizenId\":\"19900000%n\",\"phone\":\"0912345678\",\"cardNumber\":\"7%n%n\","
                        + "\"origin\":\"Đảng bộ tỉnh Nam Định\",\"note\":\"Chuyển đến từ tỉnh khác\"}"));
        writes.add(HostileWrite.post(
                "bithu",
                "/api/v1/members",
                "member",
                "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + cell + ",\"fullName\":\"Trần Văn Bình\","
                        + "\"sex\":\"M\",\"birthDate\":\"2000-01-01\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2026-01-05\"}"));

        UUID edited = arrival(f, bithu, "1996-05-19");
        int n = f.freshNumber();
        writes.add(HostileWrite.at(
                        "bithu",
                        "PUT /api/v1/members/{id}",
                        "member",
                        "{\"fullName\":\"Trần Văn Sửa\",\"birthName\":\"Trần Văn Sửa\",\"aliases\":\"Ba Sửa\","
                                + "\"sex\":\"M\",\"birthDate\":\"1965-04-04\",\"birthPlace\":\"Xã Hòa Bình\","
                                + "\"homeTown\":\"Nam Định\",\"permanentAddress\":\"Số 1 phố Hàng Bạc\","
                                + "\"temporaryAddress\":\"Số 2 phố Hàng Đào\",\"ethnicity\":\"KINH\","
                                + "\"occupation\":\"Kỹ sư\",\"generalEducation\":\"12/12\","
                                + "\"cardNumber\":\"8" + n + n + "\",\"historyNumber\":\"" + String.format("%06dHN", n)
                                + "\","
                                + "\"citizenId\":\"" + String.format("%012d", 180_000_000_000L + n) + "\","
                                + "\"phone\":\"0912345679\",\"email\":\"sua@example.vn\","
                                + "\"admittedOn\":\"1996-05-19\",\"admissionDecisionNumber\":\"12-QĐ/ĐU\","
                                + "\"admissionDecisionBody\":\"Đảng ủy phường\",\"ceremonyDate\":\"1996-05-29\","
                                + "\"ceremonyPlace\":\"Hội trường phường\",\"officialOn\":\"1997-05-29\","
                                + "\"officialPlace\":\"Hội trường phường\",\"partyPosts\":\"Chi ủy viên\","
                                + "\"workplace\":\"Công ty Điện lực\",\"version\":%v}",
                        edited)
                .readBackAt("/api/v1/members/" + edited));

        writes.add(HostileWrite.once(
                "tochuc",
                "POST /api/v1/members/{id}/activity-gaps",
                "member_activity_gap",
                "{\"from\":\"2010-01-01\",\"until\":\"2011-01-01\",\"reason\":\"Mất liên lạc khi đi làm ăn xa\"}",
                () -> new Object[] {arrival(f, bithu, "1990-05-19")}));
        writes.add(HostileWrite.once(
                "bithu",
                "POST /api/v1/members/{id}/documents/{documentId}/withdrawal",
                "member_document",
                "{\"reason\":\"Nộp nhầm bản\"}",
                () -> {
                    UUID member = arrival(f, bithu, "1990-05-19");
                    ApiClient.Response filed = bithu.multipart(
                            "POST",
                            "/api/v1/members/" + member + "/documents?kind=OTHER&title=Phieu",
                            "file",
                            "phieu.pdf",
                            PDF);
                    return new Object[] {member, ok(filed).path("id").asString()};
                }));

        // a candidate's first step, with every text a step carries
        UUID probe = candidate(f, bithu);
        long registered = version(bithu, probe);
        String course =
                "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2025-06-03\",\"certificateNumber\":\"CN-1\","
                        + "\"decisionNumber\":\"12-QĐ/ĐU\",\"decisionDate\":\"2025-06-03\",\"decisionBody\":\"Đảng ủy phường\","
                        + "\"destination\":\"Đảng bộ tỉnh Nam Định\",\"place\":\"Hội trường phường\","
                        + "\"lateReason\":\"Hồ sơ đến muộn\",\"exceptionReference\":\"CV 15-CV/BTCTW\","
                        + "\"note\":\"Ghi chú\",\"version\":";
        writes.add(HostileWrite.once(
                "bithu", "POST /api/v1/members/{id}/events", "member_event", course + registered + "}", () ->
                        new Object[] {candidate(f, bithu)}));
        JsonNode first = ok(bithu.post(
                "/api/v1/members/" + probe + "/events",
                "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2025-06-03\",\"version\":" + registered + "}"));
        long stepped = version(bithu, probe);
        writes.add(HostileWrite.once(
                "bithu",
                "POST /api/v1/members/{id}/events/{eventId}/corrections",
                "member_event",
                course.replace("2025-06-03", "2025-06-04") + stepped + "}",
                () -> courseDone(f, bithu, registered)));
        writes.add(HostileWrite.once(
                "bithu",
                "POST /api/v1/members/{id}/events/{eventId}/annulment",
                "member_event",
                "{\"reason\":\"Ghi nhầm hồ sơ\",\"version\":" + stepped + "}",
                () -> courseDone(f, bithu, registered)));
        if (first.path("id").isMissingNode()) {
            throw new IllegalStateException("no step recorded: " + first);
        }

        writes.add(HostileWrite.once(
                "tochuc",
                "POST /api/v1/badges/awards",
                "badge_award",
                "{\"memberId\":\"%0\",\"milestone\":30,\"occasion\":\"2026-05-19\",\"kind\":\"NORMAL\","
                        + "\"state\":\"AWARDED\",\"reason\":\"Tròn 30 năm tuổi Đảng\",\"decisionNumber\":\"12-QĐ/ĐU\","
                        + "\"decisionDate\":\"2026-02-27\",\"decisionBody\":\"Đảng ủy phường\"}",
                () -> new Object[] {arrival(f, bithu, "1996-05-19")}));

        writes.add(HostileWrite.once(
                "tochuc",
                "POST /api/v1/removal-proposals/{id}/dismissal",
                "member_removal_proposal",
                "{\"reason\":\"Đã đóng bù, có lý do chính đáng\",\"version\":0}",
                () -> new Object[] {removalProposal(f, bithu)}));
        writes.add(HostileWrite.once(
                "admin",
                "POST /api/v1/holiday-adjustments",
                "holiday_adjustment",
                "{\"date\":\"2027-01-05\",\"kind\":\"OFF\",\"reason\":\"Nghỉ bù\"}",
                () -> {
                    f.session("admin")
                            .method("DELETE", "/api/v1/holiday-adjustments/2027-01-05", "application/json", "");
                    return new Object[0];
                }));
    }

    private static void meetings(HostileFixture f, List<HostileWrite> writes) {
        long cell = f.secretaryCell();
        ApiClient bithu = f.session("bithu");
        String plan = "{\"orgUnitId\":" + cell + ",\"kind\":\"THEMATIC\",\"title\":\"Sinh hoạt chuyên đề\","
                + "\"plannedStart\":\"2026-03-%dT12:00:00Z\",\"place\":\"Nhà văn hóa\","
                + "\"agenda\":[\"Khai mạc\",\"Thảo luận\"]";
        writes.add(HostileWrite.post("bithu", "/api/v1/meetings", "meeting", plan + "}"));
        String planned = meeting(bithu, cell);
        writes.add(HostileWrite.at("bithu", "PUT /api/v1/meetings/{id}", "meeting", plan + ",\"version\":%v}", planned)
                .readBackAt("/api/v1/meetings/" + planned));
        writes.add(HostileWrite.at(
                "bithu",
                "POST /api/v1/meetings/{id}/invitations",
                "meeting_invitation",
                "{\"guests\":[{\"name\":\"Đồng chí Phụ Trách\",\"role\":\"Đảng ủy viên phụ trách chi bộ\"}]}",
                planned));
        writes.add(HostileWrite.once(
                "bithu",
                "POST /api/v1/meetings/{id}/cancel",
                "meeting",
                "{\"reason\":\"Trùng lịch họp của Đảng ủy\",\"version\":0}",
                () -> new Object[] {meeting(bithu, cell)}));

        String invited = meeting(bithu, cell);
        ok(bithu.post("/api/v1/meetings/" + invited + "/invitations", "{}"));
        writes.add(HostileWrite.at(
                "member",
                "POST /api/v1/meetings/{id}/reply",
                "meeting_invitation",
                "{\"reply\":\"ABSENT\",\"reason\":\"Đi công tác\"}",
                invited));
        String invitation = null;
        for (JsonNode i : bithu.get("/api/v1/meetings/" + invited).json().path("invitations")) {
            if (!i.path("memberId").isNull() && i.path("guestRole").isNull()) {
                invitation = i.path("id").asString();
            }
        }
        writes.add(HostileWrite.at(
                        "bithu",
                        "PUT /api/v1/meetings/{id}/invitations/{invitationId}",
                        "meeting_invitation",
                        "{\"attendance\":\"ABSENT_EXCUSED\",\"absenceReason\":\"Ốm\"}",
                        invited,
                        invitation)
                .readBackAt("/api/v1/meetings/" + invited));
        writes.add(HostileWrite.at(
                "bithu",
                "POST /api/v1/meetings/{id}/check-ins",
                "meeting_invitation",
                "{\"cardNumber\":\"DANGVU-CARD:000000\"}",
                invited));

        String held = meeting(bithu, cell);
        ok(bithu.post("/api/v1/meetings/" + held + "/invitations", "{}"));
        ok(bithu.post("/api/v1/meetings/" + held + "/start", "{\"version\":" + version(bithu, held) + "}"));
        ok(bithu.post("/api/v1/meetings/" + held + "/end", "{\"version\":" + version(bithu, held) + "}"));
        writes.add(HostileWrite.at(
                        "bithu",
                        "PUT /api/v1/meetings/{id}/minutes",
                        "meeting",
                        "{\"minutesText\":\"Biên bản sinh hoạt\",\"resolutionText\":\"Nghị quyết\",\"votesFor\":0,"
                                + "\"votesAgainst\":0,\"votesAbstain\":0,\"version\":%v}",
                        held)
                .readBackAt("/api/v1/meetings/" + held));

        String schedule = "{\"orgUnitId\":" + cell + ",\"kind\":\"REGULAR\",\"title\":\"Sinh hoạt thường kỳ\","
                + "\"weekOfMonth\":1,\"dayOfWeek\":2,\"startTime\":\"08:00\",\"place\":\"Hội trường\"";
        writes.add(HostileWrite.post("bithu", "/api/v1/meetings/schedules", "meeting_schedule", schedule + "}"));
        writes.add(HostileWrite.once(
                "bithu",
                "PUT /api/v1/meetings/schedules/{id}",
                "meeting_schedule",
                schedule + ",\"version\":0}",
                () -> new Object[] {
                    ok(bithu.post("/api/v1/meetings/schedules", schedule + "}"))
                            .path("id")
                            .asString()
                }));
    }

    private static void documentsAndFeedback(HostileFixture f, List<HostileWrite> writes) {
        long city = f.cityRoot();
        ApiClient vanphong = f.session("vanphong");
        String document = "{\"orgUnitId\":" + city + ",\"type\":\"NQ\",\"issuerCode\":\"TW\",\"title\":\"Nghị quyết\","
                + "\"incomingNumber\":\"57-NQ/TW\",\"summary\":\"Trích yếu\",\"signer\":\"Nguyễn Văn Ký\","
                + "\"confidentiality\":\"PUBLIC\",\"scope\":[{\"kind\":\"CITY\"}]";
        writes.add(HostileWrite.post("vanphong", "/api/v1/documents", "document", document + "}"));
        String draft = ok(vanphong.post("/api/v1/documents", document + "}"))
                .path("id")
                .asString();
        writes.add(HostileWrite.at(
                        "vanphong", "PUT /api/v1/documents/{id}", "document", document + ",\"version\":%v}", draft)
                .readBackAt("/api/v1/documents/" + draft));

        writes.add(HostileWrite.post(
                "member",
                "/api/v1/handbook/feedback",
                "handbook_feedback",
                "{\"kind\":\"QUESTION\",\"subject\":\"Hỏi về đảng phí\",\"body\":\"Mức đóng năm nay?\"}"));
        ApiClient member = f.session("member");
        writes.add(HostileWrite.once(
                "bithu",
                "POST /api/v1/feedback/{id}/answer",
                "handbook_feedback",
                "{\"answer\":\"Mức đóng theo Quy định 01-QĐ/TW\",\"version\":0}",
                () -> new Object[] {
                    ok(member.post(
                                    "/api/v1/handbook/feedback",
                                    "{\"kind\":\"QUESTION\",\"subject\":\"Hỏi\",\"body\":\"Nội dung\"}"))
                            .path("id")
                            .asString()
                }));
    }

    private static void petitions(HostileFixture f, List<HostileWrite> writes) {
        long committee = f.unitInStaffScope("GRASSROOTS_COMMITTEE");
        ApiClient tiepdan = f.session("tiepdan");
        String petition = "{\"receivedUnitId\":" + committee + ",\"petitionerName\":\"Trần Văn Dân\","
                + "\"petitionerAddress\":\"Số 5 phố Hàng Bạc, Hà Nội\",\"petitionerPhone\":\"0912 345 678\","
                + "\"petitionerIdNo\":\"001099012345\",\"channel\":\"RECEPTION_DAY\",\"receivedOn\":\"2026-02-27\","
                + "\"subject\":\"Khiếu nại\",\"content\":\"Nội dung đơn.\"}";
        writes.add(HostileWrite.post("tiepdan", "/api/v1/petitions", "petition", petition));
        writes.add(
                HostileWrite.post(
                        "tiepdan",
                        "/api/v1/petitions/reception-days",
                        "petition_reception_day",
                        "{\"orgUnitId\":" + committee + ",\"heldOn\":\"2026-02-%d\",\"headName\":\"Nguyễn Văn Trưởng\","
                                + "\"headTitle\":\"Bí thư Đảng ủy\",\"citizensReceived\":3,\"notes\":\"Tiếp 3 lượt công dân\"}"));
        long other = f.jdbc().sql("""
                        SELECT id FROM org_unit WHERE kind = 'GRASSROOTS_COMMITTEE' AND state = 'ACTIVE'
                           AND id <> :c ORDER BY id LIMIT 1""").param("c", committee).query(Long.class).single();
        writes.add(HostileWrite.once(
                "tiepdan",
                "POST /api/v1/petitions/{id}/routing",
                "petition",
                "{\"targetUnitId\":" + other + ",\"note\":\"Thuộc thẩm quyền đơn vị khác\",\"version\":1}",
                () -> new Object[] {classified(tiepdan, petition, "DENUNCIATION", "PARTY")}));
        writes.add(HostileWrite.once(
                "tiepdan",
                "POST /api/v1/petitions/{id}/guidance",
                "petition",
                "{\"text\":\"Đề nghị ông gửi đơn đến UBND phường.\",\"version\":1}",
                () -> new Object[] {classified(tiepdan, petition, "COMPLAINT", "STATE")}));
        writes.add(HostileWrite.once(
                "tiepdan",
                "POST /api/v1/petitions/{id}/reply",
                "petition",
                "{\"text\":\"Đã xem xét và trả lời ông Trần Văn Dân.\",\"version\":2}",
                () -> new Object[] {accepted(tiepdan, petition, "COMPLAINT")}));
        writes.add(HostileWrite.once(
                "tiepdan",
                "POST /api/v1/petitions/{id}/extensions",
                "petition",
                "{\"text\":\"Vụ việc phức tạp\",\"version\":2}",
                () -> new Object[] {accepted(tiepdan, petition, "DENUNCIATION")}));
    }

    private static void denunciations(HostileFixture f, List<HostileWrite> writes) {
        long commune = f.staffScopeRoot();
        UUID accused = f.jdbc()
                .sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND u.id <> :cell AND m.status = 'OFFICIAL' ORDER BY m.id LIMIT 1""")
                .param("p", path(f, commune) + "%")
                .param("cell", f.secretaryCell())
                .query(UUID.class)
                .single();
        String denunciation = "{\"commissionUnitId\":" + commune
                + ",\"receivedOn\":\"2026-02-01\",\"channel\":\"MAIL\","
                + "\"denouncerName\":\"Nguyễn Văn Tố\",\"denouncerAddress\":\"Số 5 phố Hàng Bài, Hà Nội\","
                + "\"denouncerContact\":\"0912345678\",\"accusedKind\":\"MEMBER\",\"accusedMemberId\":\"" + accused
                + "\",\"content\":\"Tố cáo vi phạm quy định về những điều đảng viên không được làm\"}";
        writes.add(HostileWrite.post("kiemtra", "/api/v1/denunciations", "inspection_denunciation", denunciation));
        ApiClient kiemtra = f.session("kiemtra");
        writes.add(HostileWrite.once(
                "kiemtra",
                "POST /api/v1/denunciations/{id}/acceptance",
                "inspection_denunciation",
                "{\"acceptedOn\":\"2026-02-02\",\"handlerName\":\"Đồng chí Phó Chủ nhiệm UBKT\",\"version\":0}",
                () -> new Object[] {
                    ok(kiemtra.post("/api/v1/denunciations", denunciation))
                            .path("id")
                            .asString()
                }));
        java.util.function.Supplier<Object[]> handling = () -> {
            String id = ok(kiemtra.post("/api/v1/denunciations", denunciation))
                    .path("id")
                    .asString();
            ok(kiemtra.post(
                    "/api/v1/denunciations/" + id + "/acceptance", "{\"acceptedOn\":\"2026-02-02\",\"version\":0}"));
            return new Object[] {id};
        };
        writes.add(HostileWrite.once(
                "kiemtra",
                "POST /api/v1/denunciations/{id}/extension",
                "inspection_denunciation",
                "{\"days\":20,\"reason\":\"Cần xác minh thêm\",\"noticeOn\":\"2026-02-20\",\"version\":1}",
                handling));
        writes.add(HostileWrite.once(
                "kiemtra",
                "POST /api/v1/denunciations/{id}/conclusion",
                "inspection_denunciation",
                "{\"concludedOn\":\"2026-02-27\",\"finding\":\"PARTLY_FOUNDED\",\"conclusion\":\"Tố cáo đúng một phần\","
                        + "\"version\":1}",
                handling));
        writes.add(HostileWrite.once(
                "kiemtra",
                "POST /api/v1/denunciations/{id}/case",
                "inspection_case",
                "{\"type\":\"INSPECTION_SIGNS_OF_VIOLATION\",\"title\":\"Kiểm tra khi có dấu hiệu vi phạm\","
                        + "\"version\":1}",
                handling));
    }

    /** A new empty cell under the committee, as the organisation staff creates one. */
    private static JsonNode cell(HostileFixture f, ApiClient tochuc, long committee) {
        return ok(tochuc.post(
                "/api/v1/org-units",
                "{\"parentId\":" + committee + ",\"kind\":\"CELL\",\"code\":\"HOSC." + f.freshNumber()
                        + "\",\"name\":\"Chi bộ Thử " + f.freshNumber() + "\"," + DECISION + "}"));
    }

    /** A new official member of the secretary's cell, arrived from outside the registry. */
    private static UUID arrival(HostileFixture f, ApiClient bithu, String admitted) {
        java.time.LocalDate decision = java.time.LocalDate.parse(admitted);
        return UUID.fromString(ok(bithu.post(
                        "/api/v1/members",
                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + f.secretaryCell()
                                + ",\"fullName\":\"Trần Văn Đến\",\"sex\":\"M\",\"birthDate\":\"1965-04-04\","
                                + "\"ethnicity\":\"KINH\",\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                                + "\"admittedOn\":\"" + decision + "\",\"ceremonyDate\":\"" + decision.plusDays(10)
                                + "\",\"officialOn\":\"" + decision.plusDays(10).plusYears(1)
                                + "\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}"))
                .path("id")
                .asString());
    }

    /** A new candidate for admission in the secretary's cell. */
    private static UUID candidate(HostileFixture f, ApiClient bithu) {
        return UUID.fromString(ok(bithu.post(
                        "/api/v1/members",
                        "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + f.secretaryCell()
                                + ",\"fullName\":\"Hoàng Văn Tùng\",\"sex\":\"M\",\"birthDate\":\"1990-08-08\","
                                + "\"ethnicity\":\"KINH\",\"effectiveDate\":\"2025-06-02\"}"))
                .path("id")
                .asString());
    }

    /** A new candidate who has completed the course: the member and the step. */
    private static Object[] courseDone(HostileFixture f, ApiClient bithu, long registered) {
        UUID id = candidate(f, bithu);
        JsonNode step = ok(bithu.post(
                "/api/v1/members/" + id + "/events",
                "{\"kind\":\"COURSE_COMPLETED\",\"effectiveDate\":\"2025-06-03\",\"version\":" + registered + "}"));
        return new Object[] {id, step.path("id").asLong()};
    }

    private static String meeting(ApiClient bithu, long cell) {
        return ok(bithu.post(
                        "/api/v1/meetings",
                        "{\"orgUnitId\":" + cell + ",\"kind\":\"THEMATIC\",\"title\":\"Sinh hoạt chuyên đề\","
                                + "\"plannedStart\":\"2026-03-20T12:00:00Z\",\"place\":\"Nhà văn hóa\"}"))
                .path("id")
                .asString();
    }

    private static String received(ApiClient tiepdan, String petition) {
        return ok(tiepdan.post("/api/v1/petitions", petition)).path("id").asString();
    }

    private static String classified(ApiClient tiepdan, String petition, String kind, String competence) {
        String id = received(tiepdan, petition);
        ok(tiepdan.post(
                "/api/v1/petitions/" + id + "/classification",
                "{\"kind\":\"" + kind + "\",\"competence\":\"" + competence + "\",\"version\":0}"));
        return id;
    }

    private static String accepted(ApiClient tiepdan, String petition, String kind) {
        String id = classified(tiepdan, petition, kind, "PARTY");
        ok(tiepdan.post("/api/v1/petitions/" + id + "/acceptance", "{\"onDay\":\"2026-02-28\",\"version\":1}"));
        return id;
    }

    /**
     * A new proposal to remove a member from the list, raised as the fees module raises one: a member who arrived in
     * January 2025 pays January to September only, and the cell proposes the removal for three unpaid months.
     */
    private static long removalProposal(HostileFixture f, ApiClient bithu) {
        long cell = f.secretaryCell();
        UUID late = UUID.fromString(ok(bithu.post(
                        "/api/v1/members",
                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell + ",\"fullName\":\"Trịnh Văn Nợ\","
                                + "\"sex\":\"M\",\"birthDate\":\"1985-04-04\",\"ethnicity\":\"KINH\","
                                + "\"effectiveDate\":\"2025-01-02\",\"statusOnArrival\":\"OFFICIAL\","
                                + "\"admittedOn\":\"2010-05-19\",\"ceremonyDate\":\"2010-05-29\","
                                + "\"officialOn\":\"2011-05-29\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}"))
                .path("id")
                .asString());
        ok(bithu.post(
                "/api/v1/fees/members/" + late + "/bases", "{\"category\":\"STUDENT\",\"fromMonth\":\"2025-01\"}"));
        for (int m = 1; m <= 9; m++) {
            ok(bithu.post(
                    "/api/v1/fees/payments",
                    "{\"month\":\"2025-0" + m + "\",\"payments\":[{\"memberId\":\"" + late + "\"}]}"));
        }
        return ok(bithu.post(
                        "/api/v1/fees/arrears/proposals",
                        "{\"orgUnitId\":" + cell + ",\"year\":2025,\"memberIds\":[\"" + late + "\"]}"))
                .get(0)
                .path("id")
                .asLong();
    }

    private static long version(ApiClient client, Object id) {
        String path = id instanceof UUID ? "/api/v1/members/" + id : "/api/v1/meetings/" + id;
        return client.get(path).json().path("version").asLong();
    }

    private static String path(HostileFixture f, long unit) {
        return f.jdbc()
                .sql("SELECT path FROM org_unit WHERE id = :id")
                .param("id", unit)
                .query(String.class)
                .single();
    }

    private static JsonNode ok(ApiClient.Response response) {
        if (response.status() < 200 || response.status() >= 300) {
            throw new IllegalStateException(
                    "setting up a hostile write failed: " + response.status() + " " + response.body());
        }
        return response.json();
    }
}
