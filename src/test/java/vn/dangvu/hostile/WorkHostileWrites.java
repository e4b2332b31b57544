package vn.dangvu.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;

/**
 * The hostile-text writes of party work: conferences and congresses, elections, work programmes, inspection and
 * discipline, evaluation, fees and grassroots visits.
 */
final class WorkHostileWrites {

    /** Text fields of these writes that take no hostile text, and why. */
    static final Map<String, String> EXEMPT = Map.of(
            "POST /api/v1/elections/{id}/ballot-entries marks",
            "a ballot's marks: one letter per candidate checked against the ballot's form, counted, never shown as text",
            "POST /api/v1/elections/{id}/e-ballot marks",
            "a ballot's marks: one letter per candidate checked against the ballot's form, counted, never shown as text",
            "POST /api/v1/elections/{id}/e-ballot token",
            "a one-time voting code: compared with a stored hash, never stored, shown or exported");

    /** Numbers of programme codes ({@code 1234-CTr/TU}: at most four digits), apart from the other tests' numbers. */
    private static final AtomicInteger CODE =
            new AtomicInteger(2000 + (int) (UUID.randomUUID().getLeastSignificantBits() & 0xfff));

    private WorkHostileWrites() {}

    static List<HostileWrite> writes(HostileFixture f) {
        List<HostileWrite> writes = new ArrayList<>();
        programmes(f, writes);
        conferences(f, writes);
        congresses(f, writes);
        elections(f, writes);
        inspection(f, writes);
        fees(f, writes);
        evaluations(f, writes);
        grassroots(f, writes);
        return writes;
    }

    // ----- work programmes: the city office issues, a commune's staff report and adopt

    private static String programme(long unit) {
        return "{\"issuingUnitId\":" + unit + ",\"code\":\"%s-CTr/TU\",\"title\":\"Chương trình hành động\","
                + "\"periodFrom\":\"2025-10-01\",\"periodTo\":\"2030-09-30\",\"goals\":\"Mục tiêu\","
                + "\"committee\":[{\"fullName\":\"Nguyễn Văn Trưởng\",\"role\":\"HEAD\","
                + "\"position\":\"Phó Bí thư\"}],\"documents\":[{\"label\":\"Nghị quyết Đại hội\"}]";
    }

    private static HostileWrite.Target code(String path) {
        return new HostileWrite.Target(path, String.valueOf(CODE.incrementAndGet()));
    }

    /** The answer of a write that sets a record up; a refusal stops the test with its problem. */
    private static JsonNode json(ApiClient.Response response, String what) {
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException(what + ": " + response.status() + " " + response.body());
        }
        return response.json();
    }

    private static void programmes(HostileFixture f, List<HostileWrite> writes) {
        long city = f.cityRoot();
        long commune = f.staffScopeRoot();
        ApiClient vanphong = f.session("vanphong");
        writes.add(HostileWrite.post("vanphong", "/api/v1/programmes", "programme", programme(city) + "}")
                .eachOn(() -> code("/api/v1/programmes")));
        String id = json(
                        vanphong.post(
                                "/api/v1/programmes",
                                programme(city).replace("%s", String.valueOf(CODE.incrementAndGet())) + "}"),
                        "programme")
                .path("id")
                .asString();
        String base = "/api/v1/programmes/" + id;
        json(
                vanphong.post(
                        base + "/indicators",
                        "{\"name\":\"Tỷ lệ chi bộ tốt\",\"unit\":\"%\",\"baseline\":70,\"target\":90,"
                                + "\"direction\":\"AT_LEAST\",\"reporting\":\"QUARTER\",\"responsibleUnitId\":"
                                + commune + "}"),
                "indicator");
        JsonNode view = json(
                vanphong.post(
                        base + "/tasks",
                        "{\"title\":\"Rà soát chi bộ\",\"ownerUnitId\":" + commune
                                + ",\"ownerPerson\":\"Đồng chí Bí thư\",\"deadline\":\"2026-12-31\"}"),
                "task");
        String indicator = view.path("indicators").get(0).path("id").asString();
        String task = view.path("tasks").get(0).path("id").asString();
        writes.add(HostileWrite.at(
                        "vanphong",
                        "PUT /api/v1/programmes/{id}",
                        "programme",
                        programme(city) + ",\"version\":%v}",
                        id)
                .readBackAt(base)
                .eachOn(() -> code(base)));
        writes.add(HostileWrite.at(
                "vanphong",
                "POST /api/v1/programmes/{id}/indicators",
                "programme_indicator",
                "{\"name\":\"Tỷ lệ đảng viên\",\"unit\":\"%\",\"baseline\":1,\"target\":2,\"direction\":\"AT_LEAST\","
                        + "\"reporting\":\"YEAR\",\"responsibleUnitId\":" + commune + "}",
                id));
        writes.add(HostileWrite.at(
                        "vanphong",
                        "PUT /api/v1/programmes/{id}/indicators/{indicatorId}",
                        "programme_indicator",
                        "{\"name\":\"Tỷ lệ chi bộ tốt\",\"unit\":\"%\",\"baseline\":70,\"target\":90,"
                                + "\"direction\":\"AT_LEAST\",\"reporting\":\"QUARTER\",\"responsibleUnitId\":"
                                + commune + ",\"version\":%v(/indicators/0/version)}",
                        id,
                        indicator)
                .readBackAt(base));
        writes.add(HostileWrite.at(
                        "tochuc",
                        "POST /api/v1/programmes/{id}/indicators/{indicatorId}/reports",
                        "programme_indicator_report",
                        "{\"period\":\"2025-Q4\",\"asOf\":\"2025-12-31\",\"value\":84,\"evidenceText\":\"Báo cáo"
                                + " 12-BC/ĐU\",\"comment\":\"Theo kết quả đánh giá\","
                                + "\"version\":%v(/indicators/0/version)}",
                        id,
                        indicator)
                .readBackAt(base));
        writes.add(HostileWrite.at(
                "vanphong",
                "POST /api/v1/programmes/{id}/tasks",
                "programme_task",
                "{\"title\":\"Sơ kết\",\"ownerUnitId\":" + commune + ",\"ownerPerson\":\"Đồng chí Phó Bí thư\","
                        + "\"deadline\":\"2026-12-31\"}",
                id));
        writes.add(HostileWrite.at(
                        "vanphong",
                        "PUT /api/v1/programmes/{id}/tasks/{taskId}",
                        "programme_task",
                        "{\"title\":\"Rà soát chi bộ\",\"ownerUnitId\":" + commune
                                + ",\"ownerPerson\":\"Đồng chí Bí thư\",\"deadline\":\"2026-12-31\","
                                + "\"version\":%v(/tasks/0/version)}",
                        id,
                        task)
                .readBackAt(base));
        writes.add(HostileWrite.at(
                        "tochuc",
                        "POST /api/v1/programmes/{id}/tasks/{taskId}/reports",
                        "programme_task_report",
                        "{\"asOf\":\"2026-02-01\",\"progress\":50,\"evidenceText\":\"Đã rà soát 12/24 chi bộ\","
                                + "\"comment\":\"Đúng tiến độ\",\"version\":%v(/tasks/0/version)}",
                        id,
                        task)
                .readBackAt(base));
        writes.add(HostileWrite.at(
                        "tochuc",
                        "POST /api/v1/programmes/{id}/adoptions",
                        "programme",
                        "{\"issuingUnitId\":" + commune + ",\"code\":\"%s-CTr/ĐU\",\"title\":\"Chương trình của xã\","
                                + "\"ownTasks\":[{\"title\":\"Việc riêng\",\"ownerUnitId\":" + commune
                                + ",\"ownerPerson\":\"Đồng chí Bí thư\",\"deadline\":\"2026-12-31\"}]}",
                        id)
                .eachOn(() -> {
                    String parent = json(
                                    vanphong.post(
                                            "/api/v1/programmes",
                                            programme(city).replace("%s", String.valueOf(CODE.incrementAndGet()))
                                                    + "}"),
                                    "programme to adopt")
                            .path("id")
                            .asString();
                    return new HostileWrite.Target(
                            "/api/v1/programmes/" + parent + "/adoptions", String.valueOf(CODE.incrementAndGet()));
                }));
    }

    // ----- conferences of a committee body: planned by the organisation staff

    private static final String DECISION = "\"decisionNumber\":\"12-QĐ/ĐU\",\"decisionDate\":\"2026-01-02\","
            + "\"issuer\":\"Ban Thường vụ\",\"effectiveOn\":\"2026-01-05\"";

    /** A fresh partial committee in the staff member's scope with a term from 01/06/2025, 60 months. */
    private static long committeeWithTerm(HostileFixture f) {
        ApiClient tochuc = f.session("tochuc");
        long id = json(
                        tochuc.post(
                                "/api/v1/org-units",
                                "{\"parentId\":" + f.unitInStaffScope("GRASSROOTS_COMMITTEE")
                                        + ",\"kind\":\"PARTIAL_COMMITTEE\",\"code\":\"HOSW." + f.freshNumber() + "."
                                        + CODE.incrementAndGet() + "\",\"name\":\"Đảng bộ bộ phận Thử\"," + DECISION
                                        + "}"),
                        "committee")
                .path("id")
                .asLong();
        json(
                tochuc.post(
                        "/api/v1/org-units/" + id + "/terms",
                        "{\"congressNumber\":3,\"startsOn\":\"2025-06-01\",\"lengthMonths\":60}"),
                "term");
        return id;
    }

    private static String conference(long unit, String kind, String more) {
        return "{\"orgUnitId\":" + unit + ",\"body\":\"EXECUTIVE_COMMITTEE\",\"kind\":\"" + kind
                + "\",\"heldOn\":\"2026-02-%d\",\"place\":\"Hội trường\"" + more + "}";
    }

    private static void conferences(HostileFixture f, List<HostileWrite> writes) {
        ApiClient tochuc = f.session("tochuc");
        long unit = committeeWithTerm(f);
        JsonNode programme = json(
                tochuc.method(
                        "PUT",
                        "/api/v1/conference-programmes",
                        "application/json",
                        "{\"orgUnitId\":" + unit + ",\"body\":\"EXECUTIVE_COMMITTEE\",\"plannedRegular\":20}"),
                "conference programme");
        writes.add(HostileWrite.at(
                "tochuc",
                "POST /api/v1/conference-programmes/{id}/items",
                "conference_programme_item",
                "{\"kind\":\"THEMATIC_RESOLUTION\",\"title\":\"Nghị quyết chuyên đề\",\"plannedYear\":2026,"
                        + "\"plannedQuarter\":2}",
                programme.path("id").asString()));
        writes.add(HostileWrite.post(
                "tochuc",
                "/api/v1/conferences",
                "conference",
                conference(unit, "CONSULTATION", ",\"title\":\"Góp ý dự thảo Báo cáo chính trị\"")));
        writes.add(HostileWrite.post(
                "tochuc",
                "/api/v1/conferences",
                "conference",
                conference(unit, "THEMATIC", ",\"topic\":\"Chuyển đổi số\"")));
        JsonNode thematic = json(
                tochuc.post(
                        "/api/v1/conferences",
                        conference(unit, "THEMATIC", ",\"topic\":\"Công tác cán bộ\"")
                                .replace("%d", "26")),
                "conference");
        String id = thematic.path("id").asString();
        String base = "/api/v1/conferences/" + id;
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/conferences/{id}",
                        "conference",
                        "{\"heldOn\":\"2026-02-26\",\"place\":\"Hội trường B\",\"topic\":\"Công tác cán bộ\","
                                + "\"version\":%v}",
                        id)
                .readBackAt(base));
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/conferences/{id}/agenda",
                        "conference_agenda_item",
                        "{\"version\":%v,\"items\":[{\"title\":\"Khai mạc\",\"presenter\":\"Bí thư\"}]}",
                        id)
                .readBackAt(base));
        writes.add(HostileWrite.at(
                "tochuc", "POST /api/v1/conferences/{id}/groups", "conference_group", "{\"name\":\"Tổ %n\"}", id));
        writes.add(HostileWrite.at(
                "tochuc",
                "POST /api/v1/conferences/{id}/participants",
                "conference_participant",
                "{\"role\":\"GUEST\",\"fullName\":\"Nguyễn Văn Khách\","
                        + "\"positionTitle\":\"Đại diện Ban Tuyên giáo\"}",
                id));
        writes.add(HostileWrite.at(
                "tochuc",
                "POST /api/v1/conferences/{id}/drafts",
                "conference_draft",
                "{\"title\":\"Dự thảo Nghị quyết\",\"responsible\":\"Phó Bí thư\",\"text\":\"Mục 1. Mục tiêu\"}",
                id));
        // a member of the body, present: the base a vote is counted against
        String member = arrivalIn(f, unit(f, unit, "CELL", "Chi bộ Hội nghị"));
        JsonNode withMember = json(
                tochuc.post(base + "/participants", "{\"role\":\"BODY_MEMBER\",\"memberId\":\"" + member + "\"}"),
                "body member");
        for (JsonNode p : withMember.path("participants")) {
            if (p.path("memberId").asString().equals(member)) {
                json(
                        tochuc.method(
                                "PUT",
                                base + "/participants/" + p.path("id").asString(),
                                "application/json",
                                "{\"attendance\":\"PRESENT\",\"version\":"
                                        + p.path("version").asLong() + "}"),
                        "present");
            }
        }
        writes.add(HostileWrite.at(
                "tochuc",
                "POST /api/v1/conferences/{id}/votes",
                "conference_vote",
                "{\"title\":\"Nghị quyết về chuyển đổi số\",\"method\":\"SHOW_OF_HANDS\",\"votesFor\":0,"
                        + "\"against\":1,\"abstentions\":0,\"issuerCode\":\"ĐU\"}",
                id));

        // a conference with one guest, a draft and an opinion, for the parts that have their own versions
        String other = json(
                        tochuc.post(
                                "/api/v1/conferences",
                                conference(unit, "THEMATIC", ",\"topic\":\"Kiểm tra\"")
                                        .replace("%d", "25")),
                        "conference")
                .path("id")
                .asString();
        String otherBase = "/api/v1/conferences/" + other;
        JsonNode page = json(
                tochuc.post(
                        otherBase + "/participants",
                        "{\"role\":\"GUEST\",\"fullName\":\"Trần Văn Khách\",\"positionTitle\":\"Khách mời\"}"),
                "participant");
        String guest = page.path("participants").get(0).path("id").asString();
        String draft = json(tochuc.post(otherBase + "/drafts", "{\"title\":\"Dự thảo\",\"text\":\"Bản 1\"}"), "draft")
                .path("drafts")
                .get(0)
                .path("id")
                .asString();
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/conferences/{id}/participants/{participantId}",
                        "conference_participant",
                        "{\"positionTitle\":\"Khách mời\",\"attendance\":\"PRESENT\","
                                + "\"version\":%v(/participants/0/version)}",
                        other,
                        guest)
                .readBackAt(otherBase));
        writes.add(HostileWrite.at(
                "tochuc",
                "POST /api/v1/conferences/{id}/drafts/{draftId}/versions",
                "conference_draft_version",
                "{\"text\":\"Bản sửa\",\"note\":\"Tiếp thu ý kiến\"}",
                other,
                draft));
        String opinion = "{\"draftId\":\"" + draft + "\",\"section\":\"Mục 1\",\"participantId\":\"" + guest
                + "\",\"text\":\"Đề nghị bổ sung.\"}";
        writes.add(HostileWrite.at(
                "tochuc", "POST /api/v1/conferences/{id}/opinions", "conference_opinion", opinion, other));
        writes.add(HostileWrite.each(
                "tochuc",
                "POST /api/v1/conferences/{id}/opinions/{opinionId}/response",
                "conference_opinion",
                "{\"disposition\":\"ACCEPTED\",\"response\":\"Tiếp thu.\",\"version\":0}",
                () -> new HostileWrite.Target(
                        otherBase + "/opinions/"
                                + json(tochuc.post(otherBase + "/opinions", opinion), "opinion")
                                        .path("id")
                                        .asString()
                                + "/response",
                        "")));
    }

    // ----- inspection: cases and their steps, plans, discipline and appeals (the inspection commission)

    /** A member of the commune, arrived from elsewhere: a subject of a discipline decision of its own. */
    private static String arrival(HostileFixture f) {
        long cell = f.jdbc()
                .sql("SELECT id FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL') AND state = 'ACTIVE'"
                        + " AND path LIKE :p AND id <> :cell ORDER BY id LIMIT 1")
                .param("p", pathOf(f, f.staffScopeRoot()) + "%")
                .param("cell", f.secretaryCell())
                .query(Long.class)
                .single();
        return json(
                        f.session("tochuc")
                                .post(
                                        "/api/v1/members",
                                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell
                                                + ",\"fullName\":\"Lê Văn Kỷ\",\"sex\":\"M\","
                                                + "\"birthDate\":\"1980-04-04\",\"ethnicity\":\"KINH\","
                                                + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                                                + "\"admittedOn\":\"2015-05-19\",\"ceremonyDate\":\"2015-05-29\","
                                                + "\"officialOn\":\"2016-05-29\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}"),
                        "member")
                .path("id")
                .asString();
    }

    private static String pathOf(HostileFixture f, long unit) {
        return f.jdbc()
                .sql("SELECT path FROM org_unit WHERE id = :id")
                .param("id", unit)
                .query(String.class)
                .single();
    }

    private static String discipline(long commune, String member) {
        return "{\"commissionUnitId\":" + commune + ",\"subjectKind\":\"MEMBER\",\"subjectMemberId\":\"" + member
                + "\",\"form\":\"REPRIMAND\",\"authority\":\"INSPECTION_COMMISSION\","
                + "\"decidingBody\":\"Ủy ban Kiểm tra Đảng ủy\",\"decisionNumber\":\"12-QĐ/UBKT\","
                + "\"decidedOn\":\"2026-02-20\",\"reason\":\"Vi phạm quy định\","
                + "\"violations\":[{\"violatedOn\":\"2025-06-01\",\"category\":\"DUTIES_PUBLIC_SERVICE\"}]}";
    }

    private static final String APPEAL = "{\"appellant\":\"Đảng viên bị kỷ luật\",\"filedOn\":\"2026-02-25\","
            + "\"grounds\":\"Không đồng ý\",\"appealBody\":\"Ban Thường vụ Đảng ủy\",\"version\":%s}";

    private static void inspection(HostileFixture f, List<HostileWrite> writes) {
        ApiClient kiemtra = f.session("kiemtra");
        long commune = f.staffScopeRoot();
        long committee = f.unitInStaffScope("GRASSROOTS_COMMITTEE");
        String newCase = "{\"commissionUnitId\":" + commune + ",\"type\":\"INSPECTION_REGULAR\","
                + "\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":" + committee
                + ",\"title\":\"Kiểm tra việc thực hiện\",\"content\":\"Thực hiện quy chế làm việc\"}";
        writes.add(HostileWrite.post("kiemtra", "/api/v1/inspection-cases", "inspection_case", newCase));
        // the last step, after the five before it, on a case opened for each call
        writes.add(HostileWrite.each(
                "kiemtra",
                "POST /api/v1/inspection-cases/{id}/steps",
                "inspection_case_step",
                "{\"step\":\"CONCLUSION\",\"doneOn\":\"2026-02-10\",\"violationFound\":true,"
                        + "\"categories\":[\"PERSONNEL_WORK\"],\"conclusion\":\"Có vi phạm\","
                        + "\"note\":\"Kết luận tại cuộc họp\",\"version\":5}",
                () -> {
                    String cases = "/api/v1/inspection-cases/"
                            + json(kiemtra.post("/api/v1/inspection-cases", newCase), "case")
                                    .path("id")
                                    .asString();
                    String[][] steps = {
                        {"DECISION", "2026-01-05"},
                        {"NOTIFICATION", "2026-01-06"},
                        {"SELF_REPORT", "2026-01-12"},
                        {"VERIFICATION", "2026-01-20"},
                        {"DRAFT_CONCLUSION", "2026-02-02"}
                    };
                    for (int i = 0; i < steps.length; i++) {
                        json(
                                kiemtra.post(
                                        cases + "/steps",
                                        "{\"step\":\"" + steps[i][0] + "\",\"doneOn\":\"" + steps[i][1]
                                                + "\",\"version\":" + i + "}"),
                                "step");
                    }
                    return new HostileWrite.Target(cases + "/steps", "");
                }));

        String plan = "{\"ownerUnitId\":" + commune + ",\"owner\":\"COMMISSION\",\"activity\":\"SUPERVISION\","
                + "\"periodKind\":\"YEAR\",\"year\":2027,\"title\":\"Kế hoạch giám sát năm 2027\","
                + "\"decisionNumber\":\"05-KH/UBKT\"}";
        writes.add(HostileWrite.post("kiemtra", "/api/v1/inspection-plans", "inspection_plan", plan));
        String planId = json(kiemtra.post("/api/v1/inspection-plans", plan), "plan")
                .path("id")
                .asString();
        String planPath = "/api/v1/inspection-plans/" + planId;
        String item = "{\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":" + f.secretaryCell()
                + ",\"content\":\"Thực hiện nguyên tắc tập trung dân chủ\",\"plannedFrom\":\"2027-04-01\","
                + "\"plannedTo\":\"2027-05-30\",\"team\":\"Tổ kiểm tra số 2\"";
        String itemId = json(kiemtra.post(planPath + "/items", item + "}"), "plan item")
                .path("items")
                .get(0)
                .path("id")
                .asString();
        writes.add(HostileWrite.at(
                        "kiemtra",
                        "PUT /api/v1/inspection-plans/{id}",
                        "inspection_plan",
                        "{\"activity\":\"SUPERVISION\",\"periodKind\":\"YEAR\",\"year\":2027,"
                                + "\"title\":\"Kế hoạch giám sát (điều chỉnh)\",\"decisionNumber\":\"06-KH/UBKT\","
                                + "\"version\":%v}",
                        planId)
                .readBackAt(planPath));
        writes.add(HostileWrite.at(
                "kiemtra", "POST /api/v1/inspection-plans/{id}/items", "inspection_plan_item", item + "}", planId));
        writes.add(HostileWrite.at(
                        "kiemtra",
                        "PUT /api/v1/inspection-plans/{id}/items/{itemId}",
                        "inspection_plan_item",
                        item + ",\"version\":%v(/items/0/version)}",
                        planId,
                        itemId)
                .readBackAt(planPath));

        writes.add(HostileWrite.post(
                        "kiemtra", "/api/v1/discipline-decisions", "inspection_discipline", discipline(commune, "%s"))
                .eachOn(() -> new HostileWrite.Target("/api/v1/discipline-decisions", arrival(f))));
        writes.add(HostileWrite.each(
                "kiemtra", "POST /api/v1/discipline-decisions/{id}/appeals", "inspection_appeal", APPEAL, () -> {
                    JsonNode decision = json(
                            kiemtra.post("/api/v1/discipline-decisions", discipline(commune, arrival(f))), "decision");
                    return new HostileWrite.Target(
                            "/api/v1/discipline-decisions/"
                                    + decision.path("id").asString() + "/appeals",
                            decision.path("version").asString());
                }));
        writes.add(HostileWrite.each(
                "kiemtra",
                "POST /api/v1/discipline-decisions/{id}/appeals/{appealId}/outcome",
                "inspection_appeal",
                "{\"outcome\":\"UPHELD\",\"decidedOn\":\"2026-02-28\",\"note\":\"Giữ nguyên\"," + "\"version\":%s}",
                () -> {
                    JsonNode decision = json(
                            kiemtra.post("/api/v1/discipline-decisions", discipline(commune, arrival(f))), "decision");
                    String path = "/api/v1/discipline-decisions/"
                            + decision.path("id").asString();
                    JsonNode appealed = json(
                            kiemtra.post(
                                    path + "/appeals",
                                    APPEAL.replace(
                                            "%s", decision.path("version").asString())),
                            "appeal");
                    return new HostileWrite.Target(
                            path + "/appeals/"
                                    + appealed.path("appeals").get(0).path("id").asString() + "/outcome",
                            appealed.path("version").asString());
                }));
    }

    // ----- party fees: the organisation staff keep the bases, reliefs and cash of a fresh cell's members

    private static final String BASIS =
            "{\"category\":\"PENSION\",\"amount\":6000000,\"fromMonth\":\"2026-01\",\"note\":\"Lương hưu\"";
    private static final String RELIEF = "{\"ground\":\"HARDSHIP\",\"percent\":50,\"fromMonth\":\"2026-02\","
            + "\"toMonth\":\"2027-01\",\"decision\":\"NQ 05 của chi bộ\"";

    private static void fees(HostileFixture f, List<HostileWrite> writes) {
        ApiClient tochuc = f.session("tochuc");
        long cell = unit(f, f.unitInStaffScope("GRASSROOTS_COMMITTEE"), "CELL", "Chi bộ Đảng phí");
        writes.add(HostileWrite.each(
                "tochuc",
                "POST /api/v1/fees/members/{id}/bases",
                "duty_fee_basis",
                BASIS + "}",
                () -> new HostileWrite.Target("/api/v1/fees/members/" + arrivalIn(f, cell) + "/bases", "")));
        writes.add(HostileWrite.each(
                "tochuc", "POST /api/v1/fees/members/{id}/reliefs", "duty_fee_relief", RELIEF + "}", () -> {
                    String member = arrivalIn(f, cell);
                    json(tochuc.post("/api/v1/fees/members/" + member + "/bases", BASIS + "}"), "basis");
                    return new HostileWrite.Target("/api/v1/fees/members/" + member + "/reliefs", "");
                }));
        String member = arrivalIn(f, cell);
        String record = "/api/v1/fees/members/" + member + "?year=2026";
        long basis = json(tochuc.post("/api/v1/fees/members/" + member + "/bases", BASIS + "}"), "basis")
                .path("id")
                .asLong();
        long relief = json(tochuc.post("/api/v1/fees/members/" + member + "/reliefs", RELIEF + "}"), "relief")
                .path("id")
                .asLong();
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/fees/bases/{basisId}",
                        "duty_fee_basis",
                        BASIS + ",\"version\":%v(/bases/0/version)}",
                        basis)
                .readBackAt(record));
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/fees/reliefs/{reliefId}",
                        "duty_fee_relief",
                        RELIEF + ",\"version\":%v(/reliefs/0/version)}",
                        relief)
                .readBackAt(record));
        writes.add(HostileWrite.post(
                "tochuc",
                "/api/v1/fees/payments",
                "duty_fee_payment",
                "{\"month\":\"2026-01\",\"paidOn\":\"2026-01-20\",\"payments\":[{\"memberId\":\"" + member + "\"}]}"));
    }

    // ----- evaluation: cycles of years no other test opens, a fresh empty cell for each decided cycle

    private static final String CYCLES = "/api/v1/evaluations/cycles";

    /** Years of the cycles opened here: two a list of writes (a unit has one cycle a year), none another test opens. */
    private static final AtomicInteger YEAR = new AtomicInteger(2060);

    private static JsonNode openCycle(ApiClient tochuc, long unit, int year, String kind) {
        return json(
                tochuc.post(
                        CYCLES,
                        "{\"orgUnitId\":" + unit + ",\"year\":" + year + ",\"kind\":\"" + kind + "\","
                                + "\"period\":\"YEAR\",\"selfAssessmentDue\":\"2026-11-30\","
                                + "\"appraisalDue\":\"2026-12-15\"}"),
                "cycle " + year);
    }

    /** Advances the cycle through the states; returns the cycle as the last advance answered. */
    private static JsonNode advance(ApiClient tochuc, JsonNode cycle, String... states) {
        JsonNode current = cycle;
        for (String state : states) {
            current = json(
                    tochuc.post(
                            CYCLES + "/" + cycle.path("id").asString() + "/advance",
                            "{\"to\":\"" + state + "\",\"version\":"
                                    + current.path("version").asLong() + "}"),
                    "advance to " + state);
        }
        return current;
    }

    private static final String APPRAISAL = "{\"score\":85,\"tasksTotal\":10,\"tasksExceeding\":0,\"tasksLate\":0,"
            + "\"level\":\"GOOD\",\"remark\":\"Nhận xét\",\"version\":%v(/entries/0/version)}";

    private static void evaluations(HostileFixture f, List<HostileWrite> writes) {
        ApiClient tochuc = f.session("tochuc");
        ApiClient bithu = f.session("bithu");
        long cell = f.secretaryCell();
        long grassroots = f.jdbc()
                .sql("SELECT parent_id FROM org_unit WHERE id = :id")
                .param("id", cell)
                .query(Long.class)
                .single();

        int year = YEAR.getAndAdd(2);
        // a member cycle open to self-assessment, another being appraised
        String selfYear = advance(tochuc, openCycle(tochuc, cell, year, "MEMBER"), "SELF_ASSESSMENT")
                .path("id")
                .asString();
        writes.add(HostileWrite.at(
                        "member",
                        "PUT /api/v1/evaluations/mine/{cycleId}",
                        "duty_evaluation_member",
                        "{\"score\":92,\"level\":\"EXCELLENT\",\"tasksTotal\":10,\"tasksExceeding\":4,"
                                + "\"tasksLate\":0,\"comment\":\"Hoàn thành mọi nhiệm vụ được giao\"}",
                        selfYear)
                .readBackAt("/api/v1/evaluations/mine"));
        JsonNode appraised =
                advance(tochuc, openCycle(tochuc, cell, year + 1, "MEMBER"), "SELF_ASSESSMENT", "APPRAISAL");
        String board = CYCLES + "/" + appraised.path("id").asString() + "/board";
        writes.add(HostileWrite.at(
                        "bithu",
                        "PUT /api/v1/evaluations/cycles/{id}/entries/{entryId}/appraisal",
                        "duty_evaluation_member",
                        APPRAISAL,
                        appraised.path("id").asString(),
                        bithu.get(board)
                                .json()
                                .path("entries")
                                .get(0)
                                .path("id")
                                .asString())
                .readBackAt(board));

        // organisation cycles of the secretary's grassroots committee
        JsonNode selfAssessed = advance(tochuc, openCycle(tochuc, grassroots, year, "ORGANISATION"), "SELF_ASSESSMENT");
        String own = CYCLES + "/" + selfAssessed.path("id").asString() + "/organisations";
        writes.add(HostileWrite.at(
                        "bithu",
                        "PUT /api/v1/evaluations/cycles/{id}/organisations/{entryId}/self-assessment",
                        "duty_evaluation_unit",
                        APPRAISAL,
                        selfAssessed.path("id").asString(),
                        bithu.get(own).json().path("entries").get(0).path("id").asString())
                .readBackAt(own));
        JsonNode unitsAppraised = advance(
                tochuc, openCycle(tochuc, grassroots, year + 1, "ORGANISATION"), "SELF_ASSESSMENT", "APPRAISAL");
        String units = CYCLES + "/" + unitsAppraised.path("id").asString() + "/organisations";
        HostileWrite unitAppraisal = HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/evaluations/cycles/{id}/organisations/{entryId}/appraisal",
                        "duty_evaluation_unit",
                        APPRAISAL,
                        unitsAppraised.path("id").asString(),
                        tochuc.get(units)
                                .json()
                                .path("entries")
                                .get(0)
                                .path("id")
                                .asString())
                .readBackAt(units);
        writes.add(unitAppraisal);

        // the decision that closes a cycle: a fresh empty cell's cycle for each call
        writes.add(HostileWrite.each(
                "tochuc",
                "POST /api/v1/evaluations/cycles/{id}/advance",
                "duty_evaluation_cycle",
                "{\"to\":\"DECIDED\",\"decisionNumber\":\"45-QĐ/ĐU\",\"decisionDate\":\"2026-02-20\","
                        + "\"version\":%s}",
                () -> {
                    long empty = json(
                                    tochuc.post(
                                            "/api/v1/org-units",
                                            "{\"parentId\":" + f.unitInStaffScope("GRASSROOTS_COMMITTEE")
                                                    + ",\"kind\":\"CELL\",\"code\":\"HOSE." + f.freshNumber() + "."
                                                    + CODE.incrementAndGet() + "\",\"name\":\"Chi bộ Thử\","
                                                    + DECISION + "}"),
                                    "empty cell")
                            .path("id")
                            .asLong();
                    JsonNode cycle =
                            advance(tochuc, openCycle(tochuc, empty, 2026, "MEMBER"), "SELF_ASSESSMENT", "APPRAISAL");
                    return new HostileWrite.Target(
                            CYCLES + "/" + cycle.path("id").asString() + "/advance",
                            cycle.path("version").asString());
                }));
        long disqualified = unit(f, f.unitInStaffScope("GRASSROOTS_COMMITTEE"), "CELL", "Chi bộ Kỷ luật");
        writes.add(HostileWrite.post(
                        "tochuc",
                        "/api/v1/evaluations/disqualifications",
                        "duty_evaluation_disqualification",
                        "{\"memberId\":\"%s\",\"orgUnitId\":" + disqualified + ",\"year\":2046,"
                                + "\"reason\":\"Bị kỷ luật khiển trách\",\"reference\":\"QĐ 5-QĐ/UBKT\"}")
                .eachOn(() ->
                        new HostileWrite.Target("/api/v1/evaluations/disqualifications", arrivalIn(f, disqualified))));
    }

    // ----- grassroots work: a committee member of a fresh cell logs visits with follow-up tasks

    private static String committeeMember(HostileFixture f, long cell) {
        return json(
                        f.session("tochuc")
                                .post(
                                        "/api/v1/grassroots-work/committee-members",
                                        "{\"committeeUnitId\":" + cell + ",\"memberId\":\"" + arrivalIn(f, cell)
                                                + "\",\"head\":false}"),
                        "committee member")
                .path("id")
                .asString();
    }

    private static String visit(String committeeMember, long unit, String more) {
        return "{\"committeeMemberId\":\"" + committeeMember + "\",\"orgUnitId\":" + unit
                + ",\"visitedOn\":\"2026-02-18\",\"duration\":\"FULL_DAY\",\"purpose\":\"WORKING_SESSION\","
                + "\"findings\":\"Chi bộ sinh hoạt đúng nội dung\"" + more + "}";
    }

    private static void grassroots(HostileFixture f, List<HostileWrite> writes) {
        ApiClient tochuc = f.session("tochuc");
        long cell = unit(f, f.unitInStaffScope("GRASSROOTS_COMMITTEE"), "CELL", "Chi bộ Cơ sở");
        String visitor = committeeMember(f, cell);
        String followUps = ",\"followUps\":[{\"text\":\"Kiện toàn tổ đảng\",\"owner\":\"Bí thư chi bộ\","
                + "\"dueOn\":\"2026-03-31\"}]";
        writes.add(HostileWrite.post(
                "tochuc", "/api/v1/grassroots-work/visits", "grassroots_visit", visit(visitor, cell, followUps)));

        String reviser = committeeMember(f, cell);
        String visitId = json(tochuc.post("/api/v1/grassroots-work/visits", visit(reviser, cell, "")), "visit")
                .path("id")
                .asString();
        String visits =
                "/api/v1/grassroots-work/committee-members/" + reviser + "/visits?from=2026-02-18&to=2026-02-18";
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/grassroots-work/visits/{id}",
                        "grassroots_visit",
                        visit(reviser, cell, ",\"version\":%v(/0/version)"),
                        visitId)
                .readBackAt(visits));

        String programme = json(
                        tochuc.post(
                                "/api/v1/programmes",
                                "{\"issuingUnitId\":" + f.staffScopeRoot() + ",\"code\":\"" + CODE.incrementAndGet()
                                        + "-CTr/ĐU\",\"title\":\"Xây dựng chi bộ vững mạnh\","
                                        + "\"periodFrom\":\"2025-10-01\",\"periodTo\":\"2030-09-30\"}"),
                        "programme")
                .path("id")
                .asString();
        writes.add(HostileWrite.each(
                "tochuc",
                "POST /api/v1/grassroots-work/follow-ups/{id}/programme-task",
                "programme_task",
                "{\"programmeId\":\"" + programme + "\",\"ownerUnitId\":" + cell
                        + ",\"ownerPerson\":\"Bí thư chi bộ\",\"deadline\":\"2026-09-30\",\"version\":0}",
                () -> new HostileWrite.Target(
                        "/api/v1/grassroots-work/follow-ups/"
                                + json(
                                                tochuc.post(
                                                        "/api/v1/grassroots-work/visits",
                                                        visit(visitor, cell, followUps)),
                                                "visit")
                                        .path("followUps")
                                        .get(0)
                                        .path("id")
                                        .asString()
                                + "/programme-task",
                        "")));
    }

    // ----- congresses: planned for fresh cells, delegates of a fresh committee

    private static long unit(HostileFixture f, long parent, String kind, String name) {
        return json(
                        f.session("tochuc")
                                .post(
                                        "/api/v1/org-units",
                                        "{\"parentId\":" + parent + ",\"kind\":\"" + kind + "\",\"code\":\"HOSC."
                                                + f.freshNumber() + "." + CODE.incrementAndGet() + "\",\"name\":\""
                                                + name + "\"," + DECISION + "}"),
                        "unit")
                .path("id")
                .asLong();
    }

    private static String arrivalIn(HostileFixture f, long cell) {
        return json(
                        f.session("tochuc")
                                .post(
                                        "/api/v1/members",
                                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell
                                                + ",\"fullName\":\"Đỗ Văn Đại Biểu\",\"sex\":\"M\","
                                                + "\"birthDate\":\"1980-04-04\",\"ethnicity\":\"KINH\","
                                                + "\"effectiveDate\":\"2025-01-02\",\"statusOnArrival\":\"OFFICIAL\","
                                                + "\"admittedOn\":\"2010-05-19\",\"ceremonyDate\":\"2010-05-29\","
                                                + "\"officialOn\":\"2011-05-29\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}"),
                        "member")
                .path("id")
                .asString();
    }

    private static String congress(long unit, String kind, String plannedOn) {
        return "{\"orgUnitId\":" + unit + ",\"season\":2025,\"termMonths\":" + ("DELEGATES".equals(kind) ? 60 : 30)
                + ",\"kind\":\"" + kind
                + "\",\"plannedOn\":\"" + plannedOn + "\"";
    }

    private static void congresses(HostileFixture f, List<HostileWrite> writes) {
        ApiClient tochuc = f.session("tochuc");
        long committee = f.unitInStaffScope("GRASSROOTS_COMMITTEE");
        String renumbered = ",\"congressNumber\":3,\"numberReason\":\"Theo hồ sơ lưu trữ của chi bộ\"}";
        writes.add(HostileWrite.post(
                        "tochuc",
                        "/api/v1/congresses",
                        "congress",
                        congress(0, "MEMBERS", "2026-04-10").replace("\"orgUnitId\":0", "\"orgUnitId\":%s")
                                + renumbered)
                .eachOn(() -> new HostileWrite.Target(
                        "/api/v1/congresses", String.valueOf(unit(f, committee, "CELL", "Chi bộ Đại hội")))));
        String planned = json(
                        tochuc.post(
                                "/api/v1/congresses",
                                congress(unit(f, committee, "CELL", "Chi bộ Đại hội"), "MEMBERS", "2026-04-10")
                                        + renumbered),
                        "congress")
                .path("id")
                .asString();
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/congresses/{id}",
                        "congress",
                        "{\"termMonths\":30,\"kind\":\"MEMBERS\",\"plannedOn\":\"2026-04-10\",\"congressNumber\":3,"
                                + "\"numberReason\":\"Theo hồ sơ lưu trữ\",\"version\":%v}",
                        planned)
                .readBackAt("/api/v1/congresses/" + planned));
        // approval: a congress of a fresh cell planned, announced and held
        writes.add(HostileWrite.each(
                "tochuc",
                "POST /api/v1/congresses/{id}/approval",
                "congress",
                "{\"decisionNumber\":\"5-QĐ/ĐU\",\"decisionDate\":\"2026-02-28\",\"version\":%s}",
                () -> {
                    JsonNode plan = json(
                            tochuc.post(
                                    "/api/v1/congresses",
                                    congress(unit(f, committee, "CELL", "Chi bộ Đại hội"), "MEMBERS", "2026-02-25")
                                            + "}"),
                            "congress");
                    String path = "/api/v1/congresses/" + plan.path("id").asString();
                    JsonNode announced = json(
                            tochuc.post(
                                    path + "/announcement",
                                    "{\"announcedOn\":\""
                                            + plan.path("latestAnnouncement").asString()
                                            + "\",\"opensOn\":\"2026-02-25\",\"version\":"
                                            + plan.path("version").asLong() + "}"),
                            "announcement");
                    JsonNode held = json(
                            tochuc.post(
                                    path + "/holding",
                                    "{\"heldFrom\":\"2026-02-25\",\"heldTo\":\"2026-02-26\",\"attendanceSummoned\":5,"
                                            + "\"attendancePresent\":5,\"version\":"
                                            + announced.path("version").asLong() + "}"),
                            "holding");
                    return new HostileWrite.Target(
                            path + "/approval", held.path("version").asString());
                }));

        // delegates: a fresh committee with a cell, a delegates' congress, a fresh member for each call
        long delegates = unit(f, f.staffScopeRoot(), "GRASSROOTS_COMMITTEE", "Đảng bộ Trường Đại hội");
        long cell = unit(f, delegates, "CELL", "Chi bộ Giáo viên");
        String base = "/api/v1/congresses/"
                + json(
                                tochuc.post("/api/v1/congresses", congress(delegates, "DELEGATES", "2026-04-20") + "}"),
                                "congress")
                        .path("id")
                        .asString();
        String delegate = "{\"memberId\":\"%s\",\"category\":\"OFFICIAL\",\"electedBy\":\"Đại hội Chi bộ Giáo viên\"}";
        writes.add(HostileWrite.at(
                        "tochuc",
                        "POST /api/v1/congresses/{id}/delegates",
                        "congress_delegate",
                        delegate,
                        base.substring(base.lastIndexOf('/') + 1))
                .eachOn(() -> new HostileWrite.Target(base + "/delegates", arrivalIn(f, cell))));
        writes.add(HostileWrite.each(
                "tochuc",
                "POST /api/v1/congresses/{id}/delegates/{delegateId}/credential",
                "congress_delegate",
                "{\"status\":\"REJECTED\",\"reason\":\"Đang bị xem xét kỷ luật\",\"version\":0}",
                () -> {
                    String member = arrivalIn(f, cell);
                    JsonNode list = json(tochuc.post(base + "/delegates", delegate.replace("%s", member)), "delegate");
                    for (JsonNode d : list.path("delegates")) {
                        if (d.path("memberId").asString().equals(member)) {
                            return new HostileWrite.Target(
                                    base + "/delegates/" + d.path("id").asString() + "/credential", "");
                        }
                    }
                    throw new IllegalStateException("no delegate " + member);
                }));
    }

    // ----- elections: the roll and the candidates of an election being prepared

    private static void elections(HostileFixture f, List<HostileWrite> writes) {
        String election = "{\"orgUnitId\":" + f.secretaryCell() + ",\"title\":\"Bầu cấp ủy\","
                + "\"occasion\":\"MEMBERS_CONGRESS\",\"body\":\"SECRETARY\",\"seats\":1,\"heldOn\":\"2026-03-01\"}";
        writes.add(HostileWrite.post("tochuc", "/api/v1/elections", "election", election));
        String id = json(f.session("tochuc").post("/api/v1/elections", election), "election")
                .path("id")
                .asString();
        String path = "/api/v1/elections/" + id;
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/elections/{id}/voters",
                        "election_voter",
                        "{\"version\":%v,\"voters\":[{\"fullName\":\"Đảng viên Một\",\"kind\":\"OFFICIAL_MEMBER\","
                                + "\"exclusion\":\"NONE\",\"present\":true,\"counter\":false}]}",
                        id)
                .readBackAt(path));
        writes.add(HostileWrite.at(
                        "tochuc",
                        "PUT /api/v1/elections/{id}/candidates",
                        "election_candidate",
                        "{\"version\":%v,\"candidates\":[{\"fullName\":\"Ứng cử viên A\",\"source\":\"CONVENING\"}]}",
                        id)
                .readBackAt(path));
    }
}
