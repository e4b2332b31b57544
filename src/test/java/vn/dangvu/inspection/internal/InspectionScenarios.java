package vn.dangvu.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dangvu.calendar.WorkingDays;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Inspection cases, discipline and appeals through the API (REGULATIONS §10): a case from decision to conclusion, the
 * discipline it leads to with its effects on the registry and the evaluation, an appeal that annuls it and restores
 * membership; refusals naming their rule; confidentiality against organisation staff. The demo's inspection log-in
 * ({@code kiemtra}) covers the same commune as the organisation staff ({@code tochuc}); each test registers its own
 * members in a cell of that commune other than the demo secretary's.
 */
abstract class InspectionScenarios extends PlatformTestBase {

    @Autowired
    WorkingDays workingDays;

    @Test
    void aCaseGoesFromDecisionToDisciplineToAnAppealThatRestoresMembership() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        UUID member = arrive("Lê Văn Kiểm Tra", "OFFICIAL");
        UUID named = memberIdOf(plainMemberLogin());
        JsonNode opened = kiemtra.post(
                        "/api/v1/inspection-cases",
                        "{\"commissionUnitId\":" + commune + ",\"type\":\"INSPECTION_SIGNS_OF_VIOLATION\","
                                + "\"subjectKind\":\"MEMBER\",\"subjectMemberId\":\"" + member + "\","
                                + "\"title\":\"Kiểm tra khi có dấu hiệu vi phạm\",\"namedMemberIds\":[\"" + named
                                + "\"]}")
                .json();
        String id = opened.path("id").asString();
        assertThat(opened.path("nextStep").asString()).isEqualTo("DECISION");
        assertThat(opened.path("activity").asString()).isEqualTo("INSPECTION");
        String cases = "/api/v1/inspection-cases/" + id;

        JsonNode decided = step(kiemtra, cases, "DECISION", "2026-01-05", 0, "");
        ApiClient.Response outOfOrder =
                kiemtra.post(cases + "/steps", "{\"step\":\"SELF_REPORT\",\"doneOn\":\"2026-01-06\",\"version\":1}");
        assertThat(outOfOrder.status()).isEqualTo(422);
        assertThat(outOfOrder.code()).isEqualTo("inspection.case.step-order");
        assertThat(outOfOrder.json().path("rule").asString()).isEqualTo("QĐ 296-QĐ/TW, Chương II");
        ApiClient.Response stale =
                kiemtra.post(cases + "/steps", "{\"step\":\"NOTIFICATION\",\"doneOn\":\"2026-01-06\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(decided.path("steps").size()).isEqualTo(1);
        step(kiemtra, cases, "NOTIFICATION", "2026-01-06", 1, "");
        step(kiemtra, cases, "SELF_REPORT", "2026-01-12", 2, "");
        step(kiemtra, cases, "VERIFICATION", "2026-01-20", 3, "");
        step(kiemtra, cases, "DRAFT_CONCLUSION", "2026-02-02", 4, "");
        ApiClient.Response noCategory = kiemtra.post(
                cases + "/steps",
                "{\"step\":\"CONCLUSION\",\"doneOn\":\"2026-02-10\",\"violationFound\":true,"
                        + "\"conclusion\":\"Có vi phạm\",\"version\":5}");
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.json().path("errors").get(0).path("field").asString())
                .isEqualTo("categories");
        JsonNode concluded = step(
                kiemtra,
                cases,
                "CONCLUSION",
                "2026-02-10",
                5,
                ",\"violationFound\":true,\"categories\":[\"PERSONNEL_WORK\"],\"conclusion\":\"Có vi phạm\"");
        assertThat(concluded.path("nextStep").isNull()).isTrue();
        assertThat(concluded.path("categories").get(0).asString()).isEqualTo("PERSONNEL_WORK");

        ApiClient.Response expelled = kiemtra.post(
                "/api/v1/discipline-decisions",
                discipline(commune, id, member, "EXPULSION", "2026-02-20", "2024-06-01", null));
        assertThat(expelled.status()).as(expelled.body()).isEqualTo(201);
        JsonNode decision = expelled.json();
        String decisionId = decision.path("id").asString();
        assertThat(decision.path("subject").asString()).isEqualTo("OFFICIAL_MEMBER");
        assertThat(texts(decision.path("effects"))).containsExactly("MEMBERSHIP_ENDED", "EVALUATION_NOT_COMPLETED");
        assertThat(statusOf(member)).isEqualTo("EXPELLED");
        assertThat(disqualifications(member)).isEqualTo(1);
        assertThat(decision.path("appealUntil").asString()).isEqualTo("2026-03-20");
        assertThat(kiemtra.get(cases).json().path("decisions").get(0).path("id").asString())
                .isEqualTo(decisionId);

        String decisions = "/api/v1/discipline-decisions/" + decisionId;
        ApiClient.Response appealed = kiemtra.post(decisions + "/appeals", appeal("2026-02-25", 1));
        assertThat(appealed.status()).as(appealed.body()).isEqualTo(201);
        JsonNode filed = appealed.json().path("appeals").get(0);
        assertThat(filed.path("dueOn").asString())
                .as("90 working days of the calendar")
                .isEqualTo(workingDays
                        .plusWorkingDays(LocalDate.parse("2026-02-25"), 90)
                        .toString());
        ApiClient.Response second = kiemtra.post(decisions + "/appeals", appeal("2026-02-26", 2));
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.code()).isEqualTo("inspection.appeal.pending");

        ApiClient.Response annulled = kiemtra.post(
                decisions + "/appeals/" + filed.path("id").asString() + "/outcome",
                "{\"outcome\":\"ANNULLED\",\"decidedOn\":\"2026-02-28\",\"note\":\"Chưa đủ căn cứ\",\"version\":2}");
        assertThat(annulled.status()).as(annulled.body()).isEqualTo(200);
        assertThat(annulled.json().path("state").asString()).isEqualTo("ANNULLED");
        assertThat(texts(annulled.json().path("effects")))
                .containsExactly("MEMBERSHIP_RESTORED", "EVALUATION_RESTORED");
        assertThat(disqualifications(member))
                .as("the rating is no longer forced")
                .isZero();
        assertThat(statusOf(member)).as("QĐ 117-QĐ/TW: membership restored").isEqualTo("OFFICIAL");

        ApiClient reader = loggedIn(plainMemberLogin());
        assertThat(reader.get(cases).status())
                .as("a member the case names reads it")
                .isEqualTo(200);
        assertThat(reader.get(decisions).status()).isEqualTo(200);
        ApiClient.Response notInspection =
                reader.post(cases + "/steps", "{\"step\":\"DECISION\",\"doneOn\":\"2026-01-05\",\"version\":0}");
        assertThat(notInspection.status())
                .as("naming opens reading, not writing")
                .isEqualTo(403);
    }

    @Test
    void refusalsNameTheRuleAndChangeNothing() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        UUID probationer = arrive("Trần Thị Dự Bị", "PROBATIONARY");
        long before = decisionsOf(probationer);

        ApiClient.Response expulsion = kiemtra.post(
                "/api/v1/discipline-decisions",
                discipline(commune, null, probationer, "EXPULSION", "2026-02-20", "2025-12-01", null));
        assertThat(expulsion.status()).isEqualTo(422);
        assertThat(expulsion.code()).isEqualTo("inspection.discipline.form-not-allowed");
        assertThat(expulsion.json().path("rule").asString()).isEqualTo("Điều lệ Đảng, Điều 35");
        assertThat(expulsion.json().path("detail").asString()).contains("khai trừ", "đảng viên dự bị");

        ApiClient.Response expired = kiemtra.post(
                "/api/v1/discipline-decisions",
                discipline(commune, null, probationer, "REPRIMAND", "2026-02-20", "2021-02-19", null));
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.code()).isEqualTo("inspection.discipline.limitation-expired");
        assertThat(expired.json().path("rule").asString()).isEqualTo("QĐ 69-QĐ/TW, Điều 4");
        assertThat(expired.json().path("errors").get(0).path("field").asString())
                .isEqualTo("violations[0].violatedOn");
        assertThat(expired.json().path("detail").asString()).contains("19/02/2021", "5 năm", "19/02/2026");
        assertThat(decisionsOf(probationer)).isEqualTo(before);
        assertThat(disqualifications(probationer)).isZero();

        ApiClient.Response chained = kiemtra.post(
                "/api/v1/discipline-decisions",
                discipline(commune, null, probationer, "REPRIMAND", "2026-02-20", "2021-02-19", "2025-11-01"));
        assertThat(chained.status()).as("a new violation restarts the clock").isEqualTo(201);
        String decisions =
                "/api/v1/discipline-decisions/" + chained.json().path("id").asString();
        ApiClient.Response late = kiemtra.post(decisions + "/appeals", appeal("2026-03-01", 1));
        assertThat(late.status()).as(late.body()).isEqualTo(201);

        ApiClient.Response lateAppeal = kiemtra.post(
                "/api/v1/discipline-decisions",
                discipline(commune, null, probationer, "WARNING", "2026-01-05", "2025-12-01", null));
        assertThat(lateAppeal.status()).isEqualTo(201);
        ApiClient.Response tooLate = kiemtra.post(
                "/api/v1/discipline-decisions/" + lateAppeal.json().path("id").asString() + "/appeals",
                appeal("2026-02-06", 1));
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.code()).isEqualTo("inspection.appeal.filing-late");
        assertThat(tooLate.json().path("rule").asString()).isEqualTo("Điều lệ Đảng, Điều 39");
    }

    @Test
    void organisationsAreWarnedOrDissolvedAndAnAppealMayChangeTheForm() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        long cell = otherCell();
        String body = "{\"commissionUnitId\":" + commune + ",\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":" + cell
                + ",\"form\":\"DISSOLUTION\",\"authority\":\"STANDING_COMMITTEE\",\"decidingBody\":\"Ban Thường vụ\","
                + "\"decisionNumber\":\"7-QĐ/ĐU\",\"decidedOn\":\"2026-02-16\",\"reason\":\"Vi phạm nghiêm trọng\","
                + "\"violations\":[{\"violatedOn\":\"2025-08-01\",\"category\":\"ORGANISATIONAL_PRINCIPLES\"}]}";
        ApiClient.Response dissolved = kiemtra.post("/api/v1/discipline-decisions", body);
        assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(201);
        assertThat(dissolved.json().path("subject").asString()).isEqualTo("ORGANISATION");
        assertThat(texts(dissolved.json().path("effects")))
                .containsExactly("EVALUATION_NOT_COMPLETED", "DISSOLUTION_RECORDED");
        String decisions =
                "/api/v1/discipline-decisions/" + dissolved.json().path("id").asString();
        String appealId = kiemtra.post(decisions + "/appeals", appeal("2026-02-20", 1))
                .json()
                .path("appeals")
                .get(0)
                .path("id")
                .asString();
        ApiClient.Response notAllowed = kiemtra.post(
                decisions + "/appeals/" + appealId + "/outcome",
                "{\"outcome\":\"CHANGED\",\"changedForm\":\"EXPULSION\",\"decidedOn\":\"2026-02-27\","
                        + "\"note\":\"x\",\"version\":2}");
        assertThat(notAllowed.status()).isEqualTo(422);
        assertThat(notAllowed.code()).isEqualTo("inspection.discipline.form-not-allowed");
        JsonNode changed = kiemtra.post(
                        decisions + "/appeals/" + appealId + "/outcome",
                        "{\"outcome\":\"CHANGED\",\"changedForm\":\"WARNING\",\"decidedOn\":\"2026-02-27\","
                                + "\"note\":\"Giảm hình thức\",\"version\":2}")
                .json();
        assertThat(changed.path("state").asString()).isEqualTo("CHANGED");
        assertThat(changed.path("form").asString()).isEqualTo("WARNING");
        assertThat(changed.path("originalForm").asString()).isEqualTo("DISSOLUTION");
        assertThat(texts(changed.path("effects"))).containsExactly("EVALUATION_NOT_COMPLETED");
        ApiClient.Response byCell =
                kiemtra.post("/api/v1/discipline-decisions", body.replace("STANDING_COMMITTEE", "CELL"));
        assertThat(byCell.code()).isEqualTo("inspection.discipline.cell-organisation");
    }

    @Test
    void organisationStaffWithTheSubtreeInScopeReadNothingAndEveryReadIsAudited() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        UUID member = arrive("Phạm Văn Bảo Mật", "OFFICIAL");
        String id = kiemtra.post(
                        "/api/v1/inspection-cases",
                        "{\"commissionUnitId\":" + commune + ",\"type\":\"SUPERVISION_THEMATIC\","
                                + "\"subjectKind\":\"MEMBER\",\"subjectMemberId\":\"" + member + "\","
                                + "\"title\":\"Giám sát chuyên đề\"}")
                .json()
                .path("id")
                .asString();
        String decisionId = kiemtra.post(
                        "/api/v1/discipline-decisions",
                        discipline(commune, id, member, "REPRIMAND", "2026-02-20", "2025-06-01", null))
                .json()
                .path("id")
                .asString();
        long reads = audits("inspection-case.read", id);
        assertThat(kiemtra.get("/api/v1/inspection-cases/" + id).status()).isEqualTo(200);
        assertThat(audits("inspection-case.read", id)).isEqualTo(reads + 1);
        assertThat(kiemtra.get("/api/v1/inspection-cases?size=500").json().findValuesAsString("id"))
                .contains(id);
        for (String who : new String[] {"tochuc", "bantochuc", "bithu"}) {
            ApiClient staff = loggedIn(who);
            ApiClient.Response read = staff.get("/api/v1/inspection-cases/" + id);
            assertThat(read.status()).as(who).isEqualTo(404);
            assertThat(read.code()).isEqualTo("inspection.case.not-found");
            assertThat(staff.get("/api/v1/discipline-decisions/" + decisionId).status())
                    .as(who)
                    .isEqualTo(404);
            assertThat(staff.get("/api/v1/inspection-cases?size=500")
                            .json()
                            .path("totalElements")
                            .asLong())
                    .as(who)
                    .isZero();
            assertThat(staff.get("/api/v1/discipline-decisions?size=500")
                            .json()
                            .path("totalElements")
                            .asLong())
                    .as(who)
                    .isZero();
        }
        assertThat(loggedIn(plainMemberLogin())
                        .get("/api/v1/inspection-cases/" + id)
                        .status())
                .as("a member the case does not name")
                .isEqualTo(404);
        assertThat(audits("discipline.read", decisionId)).isPositive();
    }

    private JsonNode step(ApiClient client, String cases, String step, String on, long version, String extra) {
        ApiClient.Response response = client.post(
                cases + "/steps",
                "{\"step\":\"" + step + "\",\"doneOn\":\"" + on + "\",\"version\":" + version + extra + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static String discipline(
            long commune, String caseId, UUID member, String form, String decidedOn, String violated, String second) {
        String violations = "{\"violatedOn\":\"" + violated + "\",\"category\":\"DUTIES_PUBLIC_SERVICE\"}"
                + (second == null ? "" : ",{\"violatedOn\":\"" + second + "\",\"category\":\"PERSONNEL_WORK\"}");
        return "{\"commissionUnitId\":" + commune + (caseId == null ? "" : ",\"caseId\":\"" + caseId + "\"")
                + ",\"subjectKind\":\"MEMBER\",\"subjectMemberId\":\"" + member + "\",\"form\":\"" + form
                + "\",\"authority\":\"INSPECTION_COMMISSION\",\"decidingBody\":\"Ủy ban Kiểm tra Đảng ủy\","
                + "\"decisionNumber\":\"12-QĐ/UBKT\",\"decidedOn\":\"" + decidedOn + "\","
                + "\"reason\":\"Vi phạm quy định\",\"violations\":[" + violations + "]}";
    }

    static String appeal(String filedOn, long version) {
        return "{\"appellant\":\"Đảng viên bị kỷ luật\",\"filedOn\":\"" + filedOn + "\","
                + "\"grounds\":\"Không đồng ý\",\"appealBody\":\"Ban Thường vụ Đảng ủy\",\"version\":" + version + "}";
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    /** A cell of the commune other than the demo secretary's. */
    long otherCell() {
        return jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL') AND state = 'ACTIVE'
                           AND path LIKE :p AND id <> :cell ORDER BY id LIMIT 1""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .param("cell", secretaryCell())
                .query(Long.class)
                .single();
    }

    private UUID arrive(String name, String status) {
        boolean official = "OFFICIAL".equals(status);
        ApiClient.Response response = loggedIn("tochuc")
                .post(
                        "/api/v1/members",
                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + otherCell() + ",\"fullName\":\"" + name
                                + "\",\"sex\":\"M\",\"birthDate\":\"1980-04-04\",\"ethnicity\":\"KINH\","
                                + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"" + status + "\","
                                + (official
                                        ? "\"admittedOn\":\"2015-05-19\",\"ceremonyDate\":\"2015-05-29\","
                                                + "\"officialOn\":\"2016-05-29\","
                                        : "\"admittedOn\":\"2025-06-01\",\"ceremonyDate\":\"2025-06-10\",")
                                + "\"origin\":\"Đảng bộ tỉnh Nam Định\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private UUID memberIdOf(String login) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", login)
                .query(UUID.class)
                .single();
    }

    private String statusOf(UUID member) {
        return jdbc.sql("SELECT status FROM member WHERE id = :id")
                .param("id", member)
                .query(String.class)
                .single();
    }

    private long disqualifications(UUID member) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM duty_evaluation_disqualification WHERE member_id = :id AND eval_year = 2026")
                .param("id", member)
                .query(Long.class)
                .single();
    }

    private long decisionsOf(UUID member) {
        return jdbc.sql("SELECT COUNT(*) FROM inspection_discipline WHERE subject_member_id = :id")
                .param("id", member)
                .query(Long.class)
                .single();
    }

    private long audits(String action, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
