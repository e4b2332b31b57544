package vn.dangvu.grassroots.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The organisation staff in a real browser (its clock at the test clock's 01/03/2026) open "Đi cơ sở", see a committee
 * member one day short of the minimum share for the first quarter of 2026, log a visit for them and see the flag turn
 * to "Đạt". The member's earlier visits are logged through the API. Screenshots go to {@code target/screenshots/}.
 */
class GrassrootsBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void loggingAVisitBringsAMemberUpToTheMinimum() {
        long committee = staffScopeRoot();
        String path = pathOf(committee);
        long cell = unitInside(path, "CELL");
        UUID member = jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND m.status = 'OFFICIAL'
                           AND m.id NOT IN (SELECT member_id FROM grassroots_committee_member)
                         ORDER BY m.id DESC LIMIT 1 OFFSET 5""").param("p", path + "%").query(UUID.class).single();
        ApiClient api = loggedIn("tochuc");
        ApiClient.Response appointed = api.post(
                "/api/v1/grassroots-work/committee-members",
                "{\"committeeUnitId\":" + committee + ",\"memberId\":\"" + member + "\"}");
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        UUID id = UUID.fromString(appointed.json().path("id").asString());
        assertThat(api.method(
                                "PUT",
                                "/api/v1/grassroots-work/committee-members/" + id + "/assignments",
                                "application/json",
                                "{\"unitIds\":[" + cell + "],\"version\":0}")
                        .status())
                .isEqualTo(200);
        JsonNode report = api.get("/api/v1/grassroots-work/compliance?committeeUnitId=" + committee
                        + "&from=2026-01-01&to=2026-03-31")
                .json();
        int short1 = (int) Math.ceil(report.path("requiredDays").asDouble()) - 1;
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int logged = 0; logged < short1; day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            ApiClient.Response visit = api.post(
                    "/api/v1/grassroots-work/visits",
                    "{\"committeeMemberId\":\"" + id + "\",\"orgUnitId\":" + cell + ",\"visitedOn\":\"" + day
                            + "\",\"duration\":\"FULL_DAY\",\"purpose\":\""
                            + (logged < 2 ? "CELL_MEETING" : "INSPECTION")
                            + "\"}");
            assertThat(visit.status()).as(visit.body()).isEqualTo(201);
            logged++;
        }

        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            page.clock().setFixedTime(clock.millis());
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("tochuc");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.getByTestId("menu-grassroots").click();
            loaded(page.getByTestId("grassroots-compliance"));
            Locator flag = page.getByTestId("grassroots-flag-" + id);
            assertThat(flag).containsText("Dưới mức tối thiểu");
            assertThat(page.getByTestId("grassroots-chart")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("grassroots-compliance-before"))
                    .setFullPage(true));

            page.getByTestId("grassroots-open-" + id).click();
            loaded(page.getByTestId("grassroots-visit-form"));
            page.getByTestId("grassroots-visit-day").click();
            page.keyboard().press("Control+A");
            page.keyboard().type("24/02/2026");
            page.keyboard().press("Enter");
            page.getByTestId("grassroots-visit-purpose").click();
            page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")
                    .getByText("Làm việc với cơ sở", new Locator.GetByTextOptions().setExact(true))
                    .click();
            page.getByTestId("grassroots-visit-findings").fill("Chi bộ thực hiện tốt nghị quyết tháng 2.");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("grassroots-log-visit")));
            page.getByTestId("grassroots-visit-save").click();
            assertThat(page.getByText("Đã ghi chuyến đi cơ sở.")).isVisible();
            page.keyboard().press("Escape");
            assertThat(page.locator(".ant-drawer-open")).hasCount(0);

            assertThat(flag).hasText("Đạt");
            page.evaluate("window.scrollTo(0, 0)");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("grassroots-compliance-after"))
                    .setFullPage(true));

            page.setViewportSize(390, 844);
            page.reload();
            loaded(page.getByTestId("grassroots-compliance"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("grassroots-compliance-390"))
                    .setFullPage(true));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grassroots_visit WHERE committee_member_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(short1 + 1L);
    }

    @Test
    void editingAVisitChangesTheComplianceAndAFollowUpBecomesAProgrammeTask() {
        long committee = staffScopeRoot();
        String path = pathOf(committee);
        long cell = unitInside(path, "CELL");
        UUID member = jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND m.status = 'OFFICIAL'
                           AND m.id NOT IN (SELECT member_id FROM grassroots_committee_member)
                         ORDER BY m.id DESC LIMIT 1 OFFSET 7""").param("p", path + "%").query(UUID.class).single();
        ApiClient api = loggedIn("tochuc");
        ApiClient.Response appointed = api.post(
                "/api/v1/grassroots-work/committee-members",
                "{\"committeeUnitId\":" + committee + ",\"memberId\":\"" + member + "\"}");
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        UUID id = UUID.fromString(appointed.json().path("id").asString());
        ApiClient.Response visit = api.post(
                "/api/v1/grassroots-work/visits",
                "{\"committeeMemberId\":\"" + id + "\",\"orgUnitId\":" + cell
                        + ",\"visitedOn\":\"2026-02-24\",\"duration\":\"HALF_DAY\",\"purpose\":\"INSPECTION\","
                        + "\"findings\":\"Sổ theo dõi đảng viên chưa cập nhật\",\"followUps\":[{\"text\":"
                        + "\"Rà soát, cập nhật sổ theo dõi đảng viên\",\"owner\":\"Bí thư chi bộ\","
                        + "\"dueOn\":\"2026-06-30\"}]}");
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        String followUp = visit.json().path("followUps").get(0).path("id").asString();
        String code = vn.dangvu.support.TestCodes.next() + "-CTr/ĐU";
        ApiClient.Response programme = api.post(
                "/api/v1/programmes",
                "{\"issuingUnitId\":" + committee + ",\"code\":\"" + code + "\",\"title\":\"Nâng cao chất lượng"
                        + " tổ chức cơ sở đảng\",\"periodFrom\":\"2025-10-01\",\"periodTo\":\"2030-09-30\"}");
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        String programmeId = programme.json().path("id").asString();

        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            page.clock().setFixedTime(clock.millis());
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("tochuc");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.getByTestId("menu-grassroots").click();
            loaded(page.getByTestId("grassroots-compliance"));
            Locator days = page.getByTestId("grassroots-days-" + id);
            assertThat(days).containsText("0,5 (");
            page.getByTestId("grassroots-open-" + id).click();
            loaded(page.getByTestId("grassroots-visit-form"));
            BrowserSteps.date(page, "grassroots-visit-month", "02/2026");
            page.getByTestId("grassroots-visit-edit-2026-02-24").click();
            BrowserSteps.pick(page, "grassroots-visit-edit-duration", "Cả ngày");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("grassroots-edit-visit")));
            page.getByTestId("grassroots-visit-edit-save").click();
            assertThat(page.getByText("Đã sửa chuyến đi; tỷ lệ ngày ở cơ sở được tính lại."))
                    .isVisible();
            assertThat(page.getByTestId("grassroots-visit-total")).containsText("1 chuyến, 1 ngày");

            page.getByTestId("grassroots-to-task-" + followUp).click();
            BrowserSteps.pick(page, "grassroots-to-task-programme", code);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("grassroots-follow-up-to-task")));
            page.getByTestId("grassroots-to-task-submit").click();
            Locator task = page.getByTestId("grassroots-follow-up-task-" + followUp);
            assertThat(task).containsText(code + " · nhiệm vụ 1: Chưa triển khai, 0%");
            assertThat(task).hasAttribute("href", "/programmes/" + programmeId);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("grassroots-visits-with-task"))
                    .setFullPage(true));
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("grassroots-visits-with-task-390"))
                    .setFullPage(true));
            page.setViewportSize(1366, 900);
            page.keyboard().press("Escape");
            assertThat(days).containsText("1 (");

            page.navigate(url("/programmes/" + programmeId));
            loaded(page.getByTestId("indicator-board"));
            page.getByTestId("programme-tab-tasks").click();
            assertThat(page.getByTestId("task-origin-1")).containsText("Đi cơ sở ngày 24/02/2026");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("programmes-task-from-visit"))
                    .setFullPage(true));
        }
        assertThat(jdbc.sql("SELECT origin_id FROM programme_task WHERE programme_id = :p")
                        .param("p", UUID.fromString(programmeId))
                        .query(UUID.class)
                        .single())
                .isEqualTo(UUID.fromString(followUp));
    }

    /** Waits for a page's lazily loaded part: the two shared cores of a test run can take longer than 5 s. */
    private static void loaded(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
