package vn.dangvu.report.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The city organisation department opens the home page in a real browser and sees the dashboard of its scope: the key
 * figures, the charts, the organisations under it; it switches to one of them and follows a bar's link to the matching
 * member list. Screenshots (desktop and 390 px) go to {@code target/screenshots/}.
 */
class DashboardBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void cityStaffSeeTheDashboardSwitchToAChildAndDrillToTheMemberList() {
        loggedIn("admin").post("/api/v1/admin/statistics/recount?repair=true", "");
        ApiClient staff = loggedIn("bantochuc");
        long rootId =
                staff.get("/api/v1/org-units/roots").json().get(0).path("id").asLong();
        JsonNode stats =
                staff.get("/api/v1/org-units/" + rootId + "/statistics").json();
        JsonNode child = StreamSupport.stream(stats.path("children").spliterator(), false)
                .filter(c -> c.path("members").asLong() > 0)
                .findFirst()
                .orElseThrow();
        long childId = child.path("unit").path("id").asLong();
        JsonNode childStats =
                staff.get("/api/v1/org-units/" + childId + "/statistics").json();
        String ageBand = StreamSupport.stream(childStats.path("breakdowns").spliterator(), false)
                .filter(b -> b.path("dimension").asString().equals("AGE_BAND"))
                .flatMap(b -> StreamSupport.stream(b.path("buckets").spliterator(), false))
                .filter(b -> b.path("count").asLong() > 0)
                .map(b -> b.path("key").asString())
                .findFirst()
                .orElseThrow();

        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            login(page, "bantochuc", DEMO_PASSWORD);
            assertThat(page.getByTestId("dashboard-unit"))
                    .hasText(stats.path("unit").path("name").asString());
            assertThat(page.getByTestId("dashboard-figure-members"))
                    .containsText(grouped(stats.path("members").asLong()));
            assertThat(page.getByTestId("dashboard-figure-women")).containsText("%");
            assertThat(page.locator("[data-testid=dashboard-chart-AGE_BAND] canvas")
                            .first())
                    .isVisible();
            assertThat(page.getByTestId("dashboard-chart-AGE_BAND").getByRole(AriaRole.IMG))
                    .hasAttribute("aria-label", Pattern.compile("^Cơ cấu theo độ tuổi: Từ 30 tuổi trở xuống \\d+"));
            assertThat(page.locator("[data-testid=dashboard-chart-admissions] canvas")
                            .first())
                    .isVisible();
            assertThat(page.getByTestId("dashboard-chart-UNIT_KIND")).containsText("Tổ chức đảng theo loại");
            assertThat(page.getByTestId("dashboard-chart-AGE_SEX").getByRole(AriaRole.IMG))
                    .hasAttribute("aria-label", Pattern.compile("^Tháp tuổi theo giới tính: Nam ≤ 30 \\d+"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("dashboard-city"))
                    .setFullPage(true));

            page.getByTestId("dashboard-child-" + childId).click();
            assertThat(page.getByTestId("dashboard-unit"))
                    .hasText(child.path("unit").path("name").asString());
            assertThat(page.getByTestId("dashboard-figure-members"))
                    .containsText(grouped(child.path("members").asLong()));
            assertThat(page).hasURL(Pattern.compile("unit=" + childId));
            assertThat(page.getByTestId("dashboard-up")).isVisible();

            page.setViewportSize(390, 844);
            assertThat(page.locator("[data-testid=dashboard-chart-AGE_BAND] canvas")
                            .first())
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("dashboard-child-mobile"))
                    .setFullPage(true));

            page.getByTestId("dashboard-drill-AGE_BAND-" + ageBand).click();
            assertThat(page).hasURL(Pattern.compile("/members\\?orgUnitId=" + childId + "&(minAge|maxAge)="));
            assertThat(page.getByTestId("member-table")).isVisible();
            page.goBack();
            page.locator("[data-testid^=dashboard-drill-AGE_SEX-F_]").first().click();
            assertThat(page).hasURL(Pattern.compile("/members\\?orgUnitId=" + childId + "&sex=F&"));
            assertThat(page.getByTestId("member-table")).isVisible();
            assertThat(page.getByTestId("member-count")).isVisible();
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
