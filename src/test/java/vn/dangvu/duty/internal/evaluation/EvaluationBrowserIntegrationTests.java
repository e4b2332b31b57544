package vn.dangvu.duty.internal.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * A full evaluation cycle in a real browser (REGULATIONS §5): the committee opens a cycle for the demo cell (year 2035,
 * its own), the member sends a self-assessment through the API, the secretary proposes a level on the board (the
 * others through the API, all excellent so the quota warning shows), the committee's decision is refused over the
 * quota, passes once the cell lowers its proposals, and the committee records its decision and publishes. Screenshots
 * desktop and 390 px go to {@code target/screenshots/}. A second test rates organisations (year 2037): the secretary
 * assesses their cell, the grassroots committee's staff appraise it, are refused over the quota, decide and publish,
 * and the year's statistics show the organisations.
 */
class EvaluationBrowserIntegrationTests extends PlatformTestBase {

    private static final String CYCLES = "/api/v1/evaluations/cycles";
    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void aCycleRunsFromSelfAssessmentToPublication() {
        ApiClient tochuc = loggedIn("tochuc");
        ApiClient bithu = loggedIn("bithu");
        ApiClient member = loggedIn(plainMemberLogin());
        String memberId =
                member.get("/api/v1/me").json().path("member").path("id").asString();
        ApiClient.Response opened =
                tochuc.post(CYCLES, "{\"orgUnitId\":" + secretaryCell() + ",\"year\":2035,\"period\":\"YEAR\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        UUID id = UUID.fromString(opened.json().path("id").asString());
        advance(tochuc, id, "SELF_ASSESSMENT");
        ApiClient.Response self = member.method(
                "PUT",
                "/api/v1/evaluations/mine/" + id,
                "application/json",
                "{\"score\":93,\"level\":\"EXCELLENT\",\"tasksTotal\":10,\"tasksExceeding\":4,\"tasksLate\":0,"
                        + "\"comment\":\"Hoàn thành xuất sắc nhiệm vụ tuyên truyền của chi bộ.\"}");
        assertThat(self.status()).as(self.body()).isEqualTo(200);
        advance(tochuc, id, "APPRAISAL");

        for (Viewport viewport : Viewport.values()) {
            try (BrowserContext context = context(viewport.width)) {
                Page page = login(context, "bithu");
                openCycle(page);
                assertThat(page.getByTestId("evaluation-board")).containsText("Chưa tự đánh giá");
                if (viewport == Viewport.DESKTOP) {
                    page.getByTestId("evaluation-appraise-" + memberId).click();
                    assertThat(input(page, "appraisal-score")).hasValue("93");
                    input(page, "appraisal-total").fill("10");
                    input(page, "appraisal-exceeding").fill("4");
                    page.getByTestId("appraisal-level").click();
                    page.locator(".ant-select-item-option")
                            .filter(new Locator.FilterOptions().setHasText("Hoàn thành xuất sắc nhiệm vụ"))
                            .click();
                    dropdownsClosed(page);
                    page.getByTestId("appraisal-remark").fill("Chi bộ thống nhất đề xuất.");
                    shot(page, "evaluation-appraisal", viewport, false);
                    page.getByTestId("appraisal-submit").click();
                    assertThat(page.getByTestId("evaluation-proposed-" + memberId))
                            .containsText("xuất sắc");
                    proposeOthers(bithu, id, memberId, "EXCELLENT");
                    page.reload();
                    openCycle(page);
                }
                assertThat(page.locator("[data-testid^='evaluation-quota-']").first())
                        .containsText("Vượt tỷ lệ");
                shot(page, "evaluation-board", viewport, true);
            }
        }

        try (BrowserContext context = desktop()) {
            Page page = login(context, "tochuc");
            openCycle(page);
            confirmDecision(
                    page, page.locator("[data-testid^='evaluation-decide-']").first());
            assertThat(page.getByTestId("evaluation-decide-problem")).containsText("vượt mức tối đa");
            shot(page, "evaluation-decision-refused", Viewport.DESKTOP, true);

            proposeOthers(bithu, id, memberId, "GOOD");
            page.reload();
            openCycle(page);
            assertThat(page.locator("[data-testid^='evaluation-quota-']").first())
                    .containsText("Trong tỷ lệ");
            shot(page, "evaluation-decision", Viewport.DESKTOP, true);
            confirmDecision(
                    page, page.locator("[data-testid^='evaluation-decide-']").first());
            assertThat(page.getByText("Đã quyết định xếp loại cho")).isVisible();

            page.getByTestId("evaluation-advance").click();
            page.getByTestId("advance-decision-number").fill("31-QĐ/ĐU");
            page.getByTestId("advance-decision-date").click();
            page.keyboard().type("27/02/2026");
            page.keyboard().press("Enter");
            page.getByTestId("advance-submit").click();
            assertThat(page.getByTestId("evaluation-state")).hasText("Đã quyết định");
            page.getByTestId("evaluation-advance").click();
            page.getByTestId("advance-submit").click();
            assertThat(page.getByTestId("evaluation-state")).hasText("Đã công bố");
            assertThat(page.getByTestId("evaluation-chart")).isVisible();
            shot(page, "evaluation-published", Viewport.DESKTOP, true);
        }
        JsonNode mine = member.get("/api/v1/evaluations/mine").json();
        String level = null;
        for (JsonNode row : mine) {
            if (row.path("cycle").path("id").asString().equals(id.toString())) {
                level = row.path("entry").path("decidedLevel").asString();
            }
        }
        assertThat(level).isEqualTo("EXCELLENT");
    }

    @Test
    void organisationsAreAssessedAppraisedDecidedAndCounted() {
        ApiClient tochuc = loggedIn("tochuc");
        long cell = secretaryCell();
        long grassroots = jdbc.sql("SELECT parent_id FROM org_unit WHERE id = :id")
                .param("id", cell)
                .query(Long.class)
                .single();
        ApiClient.Response opened =
                tochuc.post(CYCLES, "{\"orgUnitId\":" + grassroots + ",\"year\":2037,\"kind\":\"ORGANISATION\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        UUID id = UUID.fromString(opened.json().path("id").asString());
        advance(tochuc, id, "SELF_ASSESSMENT");
        String label = "Tổ chức đảng · Năm 2037";

        try (BrowserContext context = desktop()) {
            Page page = login(context, "bithu");
            openCycle(page, label, "evaluation-unit-board");
            page.getByTestId("evaluation-unit-self-" + cell).click();
            input(page, "appraisal-score").fill("93");
            input(page, "appraisal-total").fill("12");
            input(page, "appraisal-exceeding").fill("4");
            input(page, "appraisal-late").fill("0");
            page.getByTestId("appraisal-level").click();
            page.locator(".ant-select-item-option")
                    .filter(new Locator.FilterOptions().setHasText("Hoàn thành xuất sắc nhiệm vụ"))
                    .click();
            dropdownsClosed(page);
            page.getByTestId("appraisal-remark").fill("Chi bộ lãnh đạo hoàn thành 12/12 nhiệm vụ, 4 vượt yêu cầu.");
            shot(page, "evaluation-organisation-self", Viewport.DESKTOP, false);
            page.getByTestId("appraisal-submit").click();
            assertThat(page.getByTestId("evaluation-unit-board")).containsText("93");
        }
        advance(tochuc, id, "APPRAISAL");
        proposeUnits(tochuc, id, cell, "EXCELLENT");

        try (BrowserContext context = desktop()) {
            Page page = login(context, "tochuc");
            openCycle(page, label, "evaluation-unit-board");
            page.getByTestId("evaluation-unit-appraise-" + cell).click();
            assertThat(input(page, "appraisal-score")).hasValue("93");
            page.getByTestId("appraisal-submit").click();
            modalClosed(page);
            assertThat(page.getByTestId("evaluation-unit-proposed-" + cell)).containsText("xuất sắc");
            // the board refetched after the appraisal: the quota counts the cell's proposal too
            assertThat(page.getByTestId("evaluation-quota-" + grassroots))
                    .containsText(opened.json().path("entries").asLong() + " tổ chức xuất sắc");
            confirmDecision(page, page.getByTestId("evaluation-decide-" + grassroots));
            assertThat(page.getByTestId("evaluation-decide-problem")).containsText("vượt mức tối đa");
            shot(page, "evaluation-organisation-refused", Viewport.DESKTOP, true);

            proposeUnits(tochuc, id, -1, "GOOD");
            page.reload();
            openCycle(page, label, "evaluation-unit-board");
            assertThat(page.getByTestId("evaluation-quota-" + grassroots)).containsText("Trong tỷ lệ");
            confirmDecision(page, page.getByTestId("evaluation-decide-" + grassroots));
            assertThat(page.getByTestId("evaluation-unit-decided-" + cell)).containsText("Hoàn thành tốt");

            page.getByTestId("evaluation-advance").click();
            page.getByTestId("advance-decision-number").fill("62-QĐ/ĐU");
            page.getByTestId("advance-decision-date").click();
            page.keyboard().type("27/02/2026");
            page.keyboard().press("Enter");
            page.getByTestId("advance-submit").click();
            assertThat(page.getByTestId("evaluation-state")).hasText("Đã quyết định");
            page.getByTestId("evaluation-advance").click();
            page.getByTestId("advance-submit").click();
            assertThat(page.getByTestId("evaluation-state")).hasText("Đã công bố");
            assertThat(page.getByTestId("evaluation-statistics")).containsText("Tổ chức đảng");
            assertThat(page.getByTestId("evaluation-statistics-chart")).isVisible();
            shot(page, "evaluation-organisation-published", Viewport.DESKTOP, true);
        }
        JsonNode stats = tochuc.get("/api/v1/evaluations/statistics?unitId=" + grassroots + "&year=2037")
                .json();
        assertThat(stats.path("organisationCounts").path("GOOD").asLong())
                .isEqualTo(opened.json().path("entries").asLong());
    }

    private static BrowserContext desktop() {
        return context(Viewport.DESKTOP.width);
    }

    private static BrowserContext context(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(width, 900));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** Every organisation but {@code except} gets {@code level} from its superior (score and tasks that allow it). */
    private static void proposeUnits(ApiClient client, UUID cycle, long except, String level) {
        for (JsonNode entry :
                client.get(CYCLES + "/" + cycle + "/organisations").json().path("entries")) {
            if (entry.path("orgUnitId").asLong() == except) {
                continue;
            }
            ApiClient.Response response = client.method(
                    "PUT",
                    CYCLES + "/" + cycle + "/organisations/" + entry.path("id").asString() + "/appraisal",
                    "application/json",
                    "{\"score\":92,\"tasksTotal\":10,\"tasksExceeding\":4,\"tasksLate\":0,\"level\":\"" + level
                            + "\",\"version\":" + entry.path("version").asLong() + "}");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
    }

    private enum Viewport {
        DESKTOP(1366),
        PHONE(390);

        final int width;

        Viewport(int width) {
            this.width = width;
        }
    }

    /** Every row but the member's gets {@code level} (score and tasks that allow it). */
    private static void proposeOthers(ApiClient client, UUID cycle, String memberId, String level) {
        for (JsonNode entry : client.get(CYCLES + "/" + cycle + "/board").json().path("entries")) {
            if (entry.path("memberId").asString().equals(memberId)) {
                continue;
            }
            ApiClient.Response response = client.method(
                    "PUT",
                    CYCLES + "/" + cycle + "/entries/" + entry.path("id").asString() + "/appraisal",
                    "application/json",
                    "{\"score\":92,\"tasksTotal\":10,\"tasksExceeding\":4,\"tasksLate\":0,\"level\":\"" + level
                            + "\",\"version\":" + entry.path("version").asLong() + "}");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
    }

    private static void advance(ApiClient client, UUID id, String to) {
        long version = 0;
        for (JsonNode c : client.get(CYCLES).json()) {
            if (c.path("id").asString().equals(id.toString())) {
                version = c.path("version").asLong();
            }
        }
        ApiClient.Response response =
                client.post(CYCLES + "/" + id + "/advance", "{\"to\":\"" + to + "\",\"version\":" + version + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("welcome")).isVisible();
        page.navigate(url("/evaluations"));
        return page;
    }

    private static void openCycle(Page page) {
        openCycle(page, "Đảng viên · Năm 2035", "evaluation-board");
    }

    private static void openCycle(Page page, String label, String board) {
        page.getByTestId("evaluation-cycle").click();
        page.locator(".ant-select-item-option")
                .filter(new Locator.FilterOptions().setHasText(label))
                .click();
        dropdownsClosed(page);
        assertThat(page.getByTestId(board)).isVisible();
    }

    /** Waits until no dialog is open or closing: its mask would take the next click. */
    private static void modalClosed(Page page) {
        assertThat(page.locator(".ant-modal-wrap:visible")).hasCount(0);
    }

    /** Opens the decision's confirmation once it has settled, confirms it, and waits until it has closed. */
    private static void confirmDecision(Page page, Locator decide) {
        decide.click();
        Locator confirm = page.getByTestId("evaluation-decide-confirm");
        assertThat(confirm).isVisible();
        confirm.click();
        assertThat(confirm).isHidden();
    }

    private static void dropdownsClosed(Page page) {
        assertThat(page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)"))
                .hasCount(0);
    }

    /** The input of an antd field, whether the test id sits on the input or on its wrapper. */
    private static Locator input(Page page, String testId) {
        return page.locator("input[data-testid='" + testId + "'], [data-testid='" + testId + "'] input")
                .first();
    }

    private static void shot(Page page, String name, Viewport viewport, boolean full) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshot(name + (viewport == Viewport.PHONE ? "-390" : "")))
                .setFullPage(full));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
