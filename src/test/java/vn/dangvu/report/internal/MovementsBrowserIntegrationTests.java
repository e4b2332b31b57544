package vn.dangvu.report.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * Organisation staff open "Biến động đảng viên" in a real browser: their committee's balance line with its check, the
 * arrivals and departures by kind in Vietnamese, a period of their choosing, and a drill-down to a child organisation
 * and back. Screenshots go to {@code target/screenshots/}.
 */
class MovementsBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void staffSeeTheBalancedMovementsOfTheirCommitteeAndDrillDown() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("tochuc");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.getByTestId("menu-movements").click();
            assertThat(page.getByTestId("movements-balanced")).isVisible();
            assertThat(page.getByTestId("movements-balanced")).containsText("Đầu kỳ + Tăng − Giảm = Cuối kỳ");

            page.locator("#movements-period").click();
            page.keyboard().press("Control+A");
            page.keyboard().type("01/01/2025");
            page.keyboard().press("Enter");
            page.keyboard().press("Control+A");
            page.keyboard().type("31/12/2025");
            page.keyboard().press("Enter");
            assertThat(page.locator("#movements-period")).hasValue("01/01/2025");
            assertThat(page.getByTestId("movements-in")).containsText("Kết nạp mới");
            assertThat(page.getByTestId("movements-out")).containsText("Từ trần");
            assertThat(page.getByTestId("movements-balanced")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("movements-committee"))
                    .setFullPage(true));

            Locator child = page.locator("[data-testid^='movements-child-']").first();
            String name = child.textContent();
            child.click();
            assertThat(page.getByTestId("movements-balance")).containsText(name);
            assertThat(page.getByTestId("movements-balanced")).isVisible();
            assertThat(page.getByTestId("movements-up")).isVisible();
            page.evaluate("window.scrollTo(0, 0)"); // the fixed header stays on top of a full-page capture
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("movements-child"))
                    .setFullPage(true));
            page.getByTestId("movements-up").click();
            assertThat(page.getByTestId("movements-up")).hasCount(0);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
