package vn.dangvu.calendar.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The holiday calendar in a real browser: the administrator sees 2026's holidays, adds a make-up working day and sees
 * it on the calendar and in a deadline. Screenshots go to {@code target/screenshots/}.
 */
class HolidayBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void removeAdjustments() {
        jdbc.sql("DELETE FROM holiday_adjustment").update();
    }

    @Test
    void adminAddsAMakeUpWorkingDayAndSeesItOnTheCalendar() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1440, 900))) {
            context.setDefaultTimeout(10_000);
            Page page = context.newPage();
            logInAsAdmin(page);
            page.getByTestId("menu-holidays").click();
            page.navigate(url("/admin/holidays?year=2026"));
            assertThat(page.getByTestId("holiday-calendar")).isVisible();
            assertThat(page.getByTestId("day-2026-02-17")).hasAttribute("data-status", "PUBLIC_HOLIDAY");
            assertThat(page.getByTestId("day-2026-04-27")).hasAttribute("data-status", "COMPENSATORY_DAY_OFF");
            assertThat(page.getByTestId("day-2026-02-21")).hasAttribute("data-status", "WEEKEND");
            assertThat(page.getByTestId("holiday-list")).containsText("Giỗ Tổ Hùng Vương");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("holidays-2026"))
                    .setFullPage(true));

            page.getByTestId("adjustment-submit").click();
            assertThat(page.locator(".ant-form-item-explain-error").first()).isVisible();

            Locator date = page.getByTestId("adjustment-date");
            date.click();
            page.keyboard().type("21/02/2026");
            page.keyboard().press("Enter");
            page.getByTestId("adjustment-reason").fill("Làm bù cho ngày nghỉ hoán đổi (thông báo của Bộ Nội vụ)");
            page.getByTestId("adjustment-submit").click();
            assertThat(page.getByTestId("day-2026-02-21")).hasAttribute("data-status", "MAKE_UP_WORKING_DAY");
            assertThat(page.getByTestId("holiday-list")).containsText("Ngày làm bù");

            page.getByTestId("deadline-from").click();
            page.keyboard().type("13/02/2026");
            page.keyboard().press("Enter");
            fill(page.getByTestId("deadline-days"), "1");
            assertThat(page.getByTestId("deadline-result")).containsText("21/02/2026");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("holidays-make-up-day"))
                    .setFullPage(true));
        }
    }

    private void logInAsAdmin(Page page) {
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill("admin");
        page.getByTestId("login-password").fill(ADMIN_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("welcome")).isVisible();
    }

    /** Fills the input that carries the test id, or the input inside the element that carries it. */
    private static void fill(Locator target, String text) {
        Locator first = target.first();
        boolean isInput = "INPUT".equals(first.evaluate("e => e.tagName"));
        (isInput ? first : first.locator("input").first()).fill(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
