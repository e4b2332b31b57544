package vn.dangvu.report.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * Organisation staff open Thống kê in a real browser, see the figures of their committee, drill down to a child
 * organisation and on to its member list; the administrator checks the counters on the audit page. Screenshots go to
 * {@code target/screenshots/}.
 */
class StatisticsBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void staffSeeTheFiguresDrillDownAndOpenTheMemberList() {
        loggedIn("admin").post("/api/v1/admin/statistics/recount?repair=true", "");
        JsonNode stats = loggedIn("tochuc")
                .get("/api/v1/org-units/" + staffScopeRoot() + "/statistics")
                .json();
        JsonNode child = stats.path("children").get(0);
        long childId = child.path("unit").path("id").asLong();

        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            login(page, "tochuc", DEMO_PASSWORD);
            page.getByTestId("menu-statistics").click();
            assertThat(page.getByTestId("statistics-unit"))
                    .hasText(stats.path("unit").path("name").asString());
            assertThat(page.getByTestId("statistics-headline-members"))
                    .containsText(grouped(stats.path("members").asLong()));
            assertThat(page.getByTestId("statistics-breakdown-AGE_BAND")).containsText("Từ 30 tuổi trở xuống");
            assertThat(page.getByTestId("statistics-breakdown-STATUS")).containsText("Chính thức");
            assertThat(page.getByTestId("statistics-breakdown-UNIT_KIND")).containsText("Chi bộ");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("statistics-committee"))
                    .setFullPage(true));

            page.getByTestId("statistics-child-" + childId).click();
            assertThat(page.getByTestId("statistics-unit"))
                    .hasText(child.path("unit").path("name").asString());
            assertThat(page.getByTestId("statistics-headline-members"))
                    .containsText(grouped(child.path("members").asLong()));
            assertThat(page).hasURL(Pattern.compile("unit=" + childId));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("statistics-drill-down"))
                    .setFullPage(true));
            assertThat(page.getByTestId("statistics-up")).isVisible();

            page.getByTestId("statistics-list").click();
            assertThat(page).hasURL(Pattern.compile("/members\\?orgUnitId=" + childId));
        }
    }

    @Test
    void theAdministratorChecksTheCountersOnTheAuditPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(30_000);
        try (context) {
            Page page = context.newPage();
            login(page, "admin", ADMIN_PASSWORD);
            page.navigate(url("/admin/audit"));
            page.getByTestId("recount-repair").click();
            Locator result = page.getByTestId("recount-result");
            assertThat(result).isVisible();
            page.getByTestId("recount-check").click();
            assertThat(result).containsText("khớp với dữ liệu gốc");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("statistics-recount")));
        }
    }

    private void login(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(password);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("welcome")).isVisible();
    }

    /** As the page shows a count: thousands grouped with dots. */
    private static String grouped(long n) {
        return String.format(java.util.Locale.GERMANY, "%,d", n);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
