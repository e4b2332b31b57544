package vn.dangvu.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;

/**
 * Inspection and supervision plans through the API (REGULATIONS §10.2; QĐ 296-QĐ/TW 2025): a commission's yearly plan
 * whose items move from not started to done through the cases opened from them, with refusals on bad input and stale
 * versions; committees' and cells' own plans managed by their staff; a commission's plan hidden from organisation
 * staff. Dates are taken from the test clock, which other scenarios may move forward.
 */
abstract class PlanScenarios extends PlatformTestBase {

    @Test
    void aPlanTracksItsItemsThroughTheCasesOpenedFromThem() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        ApiClient.Response created = kiemtra.post(
                "/api/v1/inspection-plans",
                "{\"ownerUnitId\":" + commune + ",\"owner\":\"COMMISSION\",\"activity\":\"INSPECTION\","
                        + "\"periodKind\":\"YEAR\",\"year\":" + year + ",\"title\":\"Kế hoạch kiểm tra năm " + year
                        + "\",\"decisionNumber\":\"05-KH/UBKT\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().get("location")).contains("/api/v1/inspection-plans/");
        String plan = "/api/v1/inspection-plans/" + created.json().path("id").asString();
        assertThat(created.json().path("periodFrom").asString()).isEqualTo(year + "-01-01");
        assertThat(created.json().path("manageable").asBoolean()).isTrue();
        assertThat(created.json().path("progress").path("planned").asInt()).isZero();

        long cell = otherCell();
        String overdue = item(kiemtra, plan, organisation(cell, LocalDate.of(year, 1, 1), today.minusDays(1)));
        UUID member = memberIdOf(plainMemberLogin());
        String later = item(
                kiemtra,
                plan,
                "{\"subjectKind\":\"MEMBER\",\"subjectMemberId\":\"" + member
                        + "\",\"content\":\"Tu dưỡng, rèn luyện\","
                        + "\"plannedFrom\":\"" + today.plusDays(1) + "\",\"plannedTo\":\"" + today.plusDays(60)
                        + "\",\"team\":\"Tổ kiểm tra số 2\",\"caseType\":\"INSPECTION_REGULAR\"}");
        String running =
                item(kiemtra, plan, organisation(secretaryCell(), LocalDate.of(year, 1, 1), today.plusDays(30)));

        JsonNode board = kiemtra.get(plan).json();
        assertThat(statusOf(board, overdue)).isEqualTo("OVERDUE");
        assertThat(statusOf(board, later)).isEqualTo("NOT_STARTED");
        assertThat(statusOf(board, running)).isEqualTo("NOT_STARTED");

        String fromRunning =
                openCase(kiemtra, commune, secretaryCell(), running).path("id").asString();
        String fromOverdue =
                openCase(kiemtra, commune, cell, overdue).path("id").asString();
        assertThat(kiemtra.get("/api/v1/inspection-cases/" + fromRunning)
                        .json()
                        .path("planItemId")
                        .asString())
                .isEqualTo(running);
        board = kiemtra.get(plan).json();
        assertThat(statusOf(board, running)).isEqualTo("IN_PROGRESS");
        assertThat(statusOf(board, overdue))
                .as("the planned period ended without a conclusion")
                .isEqualTo("OVERDUE");
        conclude(kiemtra, fromOverdue, today);
        board = kiemtra.get(plan).json();
        assertThat(statusOf(board, overdue)).isEqualTo("DONE");
        JsonNode progress = board.path("progress");
        assertThat(progress.path("planned").asInt()).isEqualTo(3);
        assertThat(progress.path("started").asInt()).isEqualTo(2);
        assertThat(progress.path("done").asInt()).isEqualTo(1);
        assertThat(progress.path("inProgress").asInt()).isEqualTo(1);
        assertThat(progress.path("notStarted").asInt()).isEqualTo(1);
        assertThat(progress.path("overdue").asInt()).isZero();
        assertThat(progress.path("percentDone").asInt()).isEqualTo(33);
        assertThat(progress.path("organisations").asInt()).isEqualTo(2);
        assertThat(progress.path("organisationsDone").asInt()).isEqualTo(1);
        assertThat(progress.path("members").asInt()).isEqualTo(1);
        assertThat(itemOf(board, running).path("cases").get(0).path("title").asString())
                .isEqualTo("Kiểm tra theo kế hoạch");

        ApiClient.Response otherSubject = kiemtra.post(
                "/api/v1/inspection-cases",
                "{\"commissionUnitId\":" + commune
                        + ",\"type\":\"INSPECTION_REGULAR\",\"subjectKind\":\"ORGANISATION\"," + "\"subjectUnitId\":"
                        + cell + ",\"title\":\"X\",\"planItemId\":\"" + later + "\"}");
        assertThat(otherSubject.status()).isEqualTo(400);
        assertThat(otherSubject.code()).isEqualTo("inspection.plan.item-subject");
        assertThat(otherSubject.json().path("errors").get(0).path("field").asString())
                .isEqualTo("planItemId");

        ApiClient.Response withCases = kiemtra.method("DELETE", plan + "/items/" + running, null, "");
        assertThat(withCases.status()).isEqualTo(409);
        assertThat(withCases.code()).isEqualTo("inspection.plan.item-has-cases");
        assertThat(withCases.json().path("detail").asString()).contains("1 hồ sơ");
        assertThat(kiemtra.method("DELETE", plan + "/items/" + later, null, "").status())
                .isEqualTo(204);
        assertThat(kiemtra.get(plan).json().path("items").size()).isEqualTo(2);

        String header = "{\"activity\":\"INSPECTION\",\"periodKind\":\"YEAR\",\"year\":" + year
                + ",\"title\":\"Kế hoạch kiểm tra năm " + year + " (điều chỉnh)\",\"version\":%d}";
        ApiClient.Response edited = kiemtra.method("PUT", plan, "application/json", String.format(header, 0));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("version").asLong()).isEqualTo(1);
        assertThat(kiemtra.method("PUT", plan, "application/json", String.format(header, 0))
                        .status())
                .as("stale version")
                .isEqualTo(409);

        assertThat(kiemtra.get("/api/v1/inspection-plans?year=" + year + "&size=500")
                        .json()
                        .findValuesAsString("id"))
                .contains(plan.substring(plan.lastIndexOf('/') + 1));
        assertThat(kiemtra.get("/api/v1/inspection-plans?year=" + (year - 3) + "&size=500")
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(plan.substring(plan.lastIndexOf('/') + 1));
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFault() {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        int year = LocalDate.now(clock).getYear();
        ApiClient.Response noYear = kiemtra.post(
                "/api/v1/inspection-plans",
                "{\"ownerUnitId\":" + commune + ",\"owner\":\"COMMISSION\",\"activity\":\"SUPERVISION\","
                        + "\"periodKind\":\"YEAR\",\"title\":\"X\"}");
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.code()).isEqualTo("inspection.plan.year.required");
        ApiClient.Response noTitle = kiemtra.post(
                "/api/v1/inspection-plans",
                "{\"ownerUnitId\":" + commune + ",\"owner\":\"COMMISSION\",\"activity\":\"SUPERVISION\","
                        + "\"periodKind\":\"TERM\",\"periodFrom\":\"2025-10-01\",\"periodTo\":\"2030-09-30\"}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().path("errors").get(0).path("field").asString())
                .isEqualTo("title");
        String plan = "/api/v1/inspection-plans/"
                + kiemtra.post(
                                "/api/v1/inspection-plans",
                                "{\"ownerUnitId\":" + commune
                                        + ",\"owner\":\"COMMISSION\",\"activity\":\"SUPERVISION\","
                                        + "\"periodKind\":\"TERM\",\"periodFrom\":\"2025-10-01\","
                                        + "\"periodTo\":\"2030-09-30\",\"title\":\"Kế hoạch giám sát toàn khóa\"}")
                        .json()
                        .path("id")
                        .asString();
        ApiClient.Response outside = kiemtra.post(
                plan + "/items", organisation(otherCell(), LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 31)));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.code()).isEqualTo("inspection.plan.planned.outside");
        assertThat(outside.json().path("errors").get(0).path("field").asString())
                .isEqualTo("plannedFrom");
        ApiClient.Response wrongType = kiemtra.post(
                plan + "/items",
                organisation(otherCell(), LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30))
                        .replace("}", ",\"caseType\":\"INSPECTION_FINANCE\"}"));
        assertThat(wrongType.code()).isEqualTo("inspection.plan.case-type-activity");
        long foreign = unitOutside(pathOf(commune), "GRASSROOTS_COMMITTEE");
        ApiClient.Response foreignSubject = kiemtra.post(
                plan + "/items", organisation(foreign, LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30)));
        assertThat(foreignSubject.status()).isEqualTo(404);
        assertThat(foreignSubject.code()).isEqualTo("org.unit.not-found");
        String itemId =
                item(kiemtra, plan, organisation(otherCell(), LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30)));
        ApiClient.Response stale = kiemtra.method(
                "PUT",
                plan + "/items/" + itemId,
                "application/json",
                organisation(otherCell(), LocalDate.of(year, 5, 1), LocalDate.of(year, 6, 30))
                        .replace("}", ",\"version\":3}"));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void committeesAndCellsManageTheirOwnPlansAndOrganisationStaffNeverReadACommissionsPlan() {
        long commune = staffScopeRoot();
        int year = LocalDate.now(clock).getYear();
        ApiClient tochuc = loggedIn("tochuc");
        ApiClient kiemtra = loggedIn("kiemtra");
        ApiClient bithu = loggedIn("bithu");
        String committeePlan = create(tochuc, commune, "COMMITTEE", year);
        assertThat(kiemtra.get(committeePlan).status())
                .as("the commission reads the committee's plan")
                .isEqualTo(200);
        assertThat(kiemtra.get(committeePlan).json().path("manageable").asBoolean())
                .isFalse();
        assertThat(kiemtra.post(
                                committeePlan + "/items",
                                organisation(otherCell(), LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30)))
                        .status())
                .as("but does not manage it")
                .isEqualTo(404);
        assertThat(bithu.get(committeePlan).status())
                .as("a cell secretary does not read the commune's plan")
                .isEqualTo(404);
        String cellPlan = create(bithu, secretaryCell(), "COMMITTEE", year);
        assertThat(tochuc.get(cellPlan).status()).isEqualTo(200);
        item(
                bithu,
                cellPlan,
                "{\"subjectKind\":\"MEMBER\",\"subjectMemberId\":\"" + memberIdOf(plainMemberLogin())
                        + "\",\"content\":\"Thực hiện nhiệm vụ được giao\",\"plannedFrom\":\"" + year + "-04-01\","
                        + "\"plannedTo\":\"" + year + "-04-30\"}");

        ApiClient.Response notInspection = tochuc.post(
                "/api/v1/inspection-plans",
                "{\"ownerUnitId\":" + commune + ",\"owner\":\"COMMISSION\",\"activity\":\"INSPECTION\","
                        + "\"periodKind\":\"YEAR\",\"year\":" + year + ",\"title\":\"X\"}");
        assertThat(notInspection.status()).isEqualTo(404);
        assertThat(notInspection.code()).isEqualTo("org.unit.not-found");

        String commissionPlan = create(kiemtra, commune, "COMMISSION", year);
        String id = commissionPlan.substring(commissionPlan.lastIndexOf('/') + 1);
        for (ApiClient staff : new ApiClient[] {tochuc, bithu}) {
            ApiClient.Response read = staff.get(commissionPlan);
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.code()).isEqualTo("inspection.plan.not-found");
            assertThat(staff.get("/api/v1/inspection-plans?size=500").json().findValuesAsString("id"))
                    .doesNotContain(id);
        }
        assertThat(loggedIn(plainMemberLogin()).get("/api/v1/inspection-plans").status())
                .isEqualTo(403);
        long reads = jdbc.sql(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'inspection-plan.read' AND entity_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(reads).isPositive();
    }

    private String create(ApiClient client, long unit, String owner, int year) {
        ApiClient.Response created = client.post(
                "/api/v1/inspection-plans",
                "{\"ownerUnitId\":" + unit + ",\"owner\":\"" + owner + "\",\"activity\":\"SUPERVISION\","
                        + "\"periodKind\":\"YEAR\",\"year\":" + year + ",\"title\":\"Kế hoạch giám sát năm " + year
                        + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return "/api/v1/inspection-plans/" + created.json().path("id").asString();
    }

    private static String organisation(long unit, LocalDate from, LocalDate to) {
        return "{\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":" + unit + ",\"content\":\"Thực hiện nguyên tắc "
                + "tập trung dân chủ\",\"plannedFrom\":\"" + from + "\",\"plannedTo\":\"" + to + "\"}";
    }

    /** Adds an item; returns its id (the item with the highest position). */
    private static String item(ApiClient client, String plan, String body) {
        ApiClient.Response added = client.post(plan + "/items", body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode items = added.json().path("items");
        return items.get(items.size() - 1).path("id").asString();
    }

    private static JsonNode openCase(ApiClient client, long commission, long unit, String itemId) {
        ApiClient.Response opened = client.post(
                "/api/v1/inspection-cases",
                "{\"commissionUnitId\":" + commission
                        + ",\"type\":\"INSPECTION_REGULAR\",\"subjectKind\":\"ORGANISATION\","
                        + "\"subjectUnitId\":" + unit + ",\"title\":\"Kiểm tra theo kế hoạch\",\"planItemId\":\""
                        + itemId
                        + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    private static void conclude(ApiClient client, String caseId, LocalDate today) {
        String[] steps = {"DECISION", "NOTIFICATION", "SELF_REPORT", "VERIFICATION", "DRAFT_CONCLUSION", "CONCLUSION"};
        for (int i = 0; i < steps.length; i++) {
            String extra =
                    "CONCLUSION".equals(steps[i]) ? ",\"violationFound\":false,\"conclusion\":\"Không vi phạm\"" : "";
            ApiClient.Response step = client.post(
                    "/api/v1/inspection-cases/" + caseId + "/steps",
                    "{\"step\":\"" + steps[i] + "\",\"doneOn\":\"" + today.minusDays(6 - i) + "\",\"version\":" + i
                            + extra + "}");
            assertThat(step.status()).as(step.body()).isEqualTo(200);
        }
    }

    private static JsonNode itemOf(JsonNode plan, String itemId) {
        for (JsonNode item : plan.path("items")) {
            if (item.path("id").asString().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    private static String statusOf(JsonNode plan, String itemId) {
        return itemOf(plan, itemId).path("status").asString();
    }

    private UUID memberIdOf(String login) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", login)
                .query(UUID.class)
                .single();
    }

    /** A cell of the commune other than the demo secretary's. */
    private long otherCell() {
        return jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL') AND state = 'ACTIVE'
                           AND path LIKE :p AND id <> :cell ORDER BY id LIMIT 1""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .param("cell", secretaryCell())
                .query(Long.class)
                .single();
    }
}
