package vn.dangvu.congress.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The organisation staff in a real browser (its clock at the test clock's 01/03/2026) open "Đại hội đảng", read the
 * 2025–2030 season of their commune, drill down to the overdue cells, open a cell's congress planned for 25/02/2026
 * (through the API), announce it (first too late for the 30 working days over Tết, then in time), record it held and
 * approved, then plan the commune's 2030 congress through the form. Screenshots at desktop width and 390 px go to
 * {@code target/screenshots/}.
 */
class CongressBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void theSeasonDrillsToAnOverdueCellWhoseCongressIsAnnouncedHeldAndApproved() {
        ApiClient api = loggedIn("tochuc");
        long committee = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        String name = "Chi bộ Tổ dân phố Trình duyệt " + (System.nanoTime() % 10_000);
        ApiClient.Response cell = api.post(
                "/api/v1/org-units",
                "{\"parentId\":" + committee + ",\"kind\":\"CELL\",\"code\":\"CGB." + System.nanoTime()
                        + "\",\"name\":\"" + name
                        + "\",\"decisionNumber\":\"12-QĐ/ĐU\",\"decisionDate\":\"2026-01-02\","
                        + "\"issuer\":\"Ban Thường vụ Đảng ủy\",\"effectiveOn\":\"2026-01-02\"}");
        assertThat(cell.status()).as(cell.body()).isEqualTo(201);
        long cellId = cell.json().path("id").asLong();
        for (int i = 0; i < 4; i++) {
            jdbc.sql("""
                            INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date,
                                                ethnicity, status, admitted_on, version, created_at, updated_at)
                            VALUES (:id, :cell, 'Lê Văn Đại', 'le van dai', 'dai le van', 'M', :birth, 'KINH',
                                    'OFFICIAL', :admitted, 0, :now, :now)""")
                    .param("id", UUID.randomUUID())
                    .param("cell", cellId)
                    .param("birth", LocalDate.of(1979, 9, 2))
                    .param("admitted", LocalDate.of(2008, 2, 3))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        ApiClient.Response planned = api.post(
                "/api/v1/congresses",
                "{\"orgUnitId\":" + cellId + ",\"season\":2025,\"termMonths\":30,\"kind\":\"MEMBERS\","
                        + "\"plannedOn\":\"2026-02-25\",\"directSecretary\":true}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String id = planned.json().path("id").asString();

        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = BrowserSteps.login(context, port, "tochuc");
            page.clock().setFixedTime(clock.millis());
            page.getByTestId("menu-congresses").click();
            loaded(page.getByTestId("congress-progress"));
            assertThat(page.getByTestId("congress-summary")).containsText("đã đại hội");
            assertThat(page.getByTestId("congress-held-CELL")).containsText("/");
            assertThat(page.getByTestId("congress-chart")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("congress-progress"))
                    .setFullPage(true));

            page.getByTestId("congress-drill-CELL-OVERDUE").click();
            Locator link = page.getByTestId("congress-missing")
                    .getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName(name));
            assertThat(link).isVisible();
            link.click();

            loaded(page.getByTestId("congress-steps"));
            assertThat(page.getByTestId("congress-status")).hasText("Đã có kế hoạch");
            assertThat(page.getByTestId("congress-notice")).containsText("Phải thông báo chậm nhất ngày");
            BrowserSteps.date(page, "congress-announce-announcedOn", "20/01/2026");
            BrowserSteps.date(page, "congress-announce-opensOn", "25/02/2026");
            assertThat(page.getByText("Thông báo chưa đủ 30 ngày làm việc")).isVisible();
            page.evaluate("window.scrollTo(0, 0)");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("congress-notice-too-short"))
                    .setFullPage(true));
            // Enter in the last date picker submits the form, as for a keyboard user
            BrowserSteps.date(page, "congress-announce-announcedOn", "05/01/2026");
            assertThat(page.getByTestId("congress-status")).hasText("Đã thông báo khai mạc");
            assertThat(page.getByTestId("congress-notice")).containsText("đủ 30 ngày");

            page.getByTestId("congress-hold-attendanceSummoned").fill("4");
            page.getByTestId("congress-hold-attendancePresent").fill("4");
            BrowserSteps.date(page, "congress-hold-heldFrom", "25/02/2026");
            BrowserSteps.date(page, "congress-hold-heldTo", "25/02/2026");
            assertThat(page.getByTestId("congress-status")).hasText("Đã đại hội");
            assertThat(page.getByTestId("congress-held")).containsText("4/4 đảng viên được triệu tập có mặt");

            page.getByTestId("congress-approve-decisionNumber").fill("45-QĐ/ĐU");
            BrowserSteps.date(page, "congress-approve-decisionDate", "27/02/2026");
            assertThat(page.getByTestId("congress-status")).hasText("Đã chuẩn y");
            assertThat(page.getByTestId("congress-approved")).containsText("45-QĐ/ĐU");
            page.evaluate("window.scrollTo(0, 0)");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("congress-approved"))
                    .setFullPage(true));

            // the commune's next congress, planned through the form: its number continues the 2025 one
            page.navigate("http://localhost:" + port + "/congresses");
            loaded(page.getByTestId("congress-progress"));
            BrowserSteps.pick(page, "congress-season", "Nhiệm kỳ 2030–2035");
            page.getByTestId("congress-tab-list").click();
            page.getByTestId("congress-plan").click();
            BrowserSteps.pick(page, "congress-plan-kind", "Đại hội đại biểu");
            BrowserSteps.date(page, "congress-plan-date", "15/06/2030");
            // the plan form sits in a dialog whose OK button is outside the form: Enter does not submit it
            page.locator("#congress-plan-save").click();
            loaded(page.getByTestId("congress-steps"));
            assertThat(page.locator("h1, h2, h3, h4").first()).containsText("nhiệm kỳ 2030–2035");
            assertThat(page.getByTestId("congress-status")).hasText("Đã có kế hoạch");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("congress-planned"))
                    .setFullPage(true));
            page.goBack();
            page.goBack();

            page.setViewportSize(390, 844);
            page.navigate("http://localhost:" + port + "/congresses/" + id);
            loaded(page.getByTestId("congress-steps"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("congress-approved-390"))
                    .setFullPage(true));
            page.navigate("http://localhost:" + port + "/congresses");
            loaded(page.getByTestId("congress-progress"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("congress-progress-390"))
                    .setFullPage(true));
        }
        assertThat(jdbc.sql("SELECT status FROM congress WHERE id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT congress_number FROM org_term WHERE org_unit_id = :u")
                        .param("u", cellId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** Waits for a page's lazily loaded part: the two shared cores of a test run can take longer than 5 s. */
    private static void loaded(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }
}
