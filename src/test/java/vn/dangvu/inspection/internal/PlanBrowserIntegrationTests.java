package vn.dangvu.inspection.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * An inspection plan in a real browser (REGULATIONS §10.2), as the demo's inspection log-in {@code kiemtra}: the plan
 * is created, an item for the commune is added for the second quarter, a case is opened from the item with its subject
 * and type filled in, and the item moves to "in progress" with the plan's progress. Screenshots (desktop and 390 px)
 * go to {@code target/screenshots/}.
 */
class PlanBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void aPlanIsCreatedAndACaseOpenedFromItsItemMovesItOnTheBoard() {
        String commune = jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", staffScopeRoot())
                .query(String.class)
                .single();
        String planUrl;
        BrowserContext desktop = context(1366);
        try (desktop) {
            Page page = BrowserSteps.login(desktop, port, "kiemtra");
            page.getByTestId("menu-inspection-plans").click();
            assertThat(page.getByTestId("plan-table")).isVisible();
            page.getByTestId("plan-create").click();
            page.getByTestId("plan-title").fill("Kế hoạch kiểm tra chuyên đề năm 2026");
            page.getByTestId("plan-decision-number").fill("07-KH/UBKT");
            page.getByTestId("plan-save").click();
            assertThat(page.getByTestId("plan-board")).isVisible();
            planUrl = page.url();

            page.getByTestId("item-add").click();
            page.getByTestId("item-subject-unit").click();
            page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper")
                    .filter(new Locator.FilterOptions().setHasText(commune))
                    .first()
                    .click();
            page.getByTestId("item-content").fill("Việc lãnh đạo, chỉ đạo công tác phòng, chống lãng phí");
            page.locator("[data-testid='item-quarter']").click();
            page.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-cell-in-view")
                    .nth(1)
                    .click();
            page.getByTestId("item-team").fill("Tổ kiểm tra số 3");
            page.getByTestId("item-case-type").click();
            page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option")
                    .filter(new Locator.FilterOptions().setHasText("Kiểm tra chuyên đề"))
                    .first()
                    .click();
            page.getByTestId("item-save").click();
            Locator notStarted = page.getByTestId("plan-column-NOT_STARTED");
            assertThat(notStarted).containsText("phòng, chống lãng phí");
            assertThat(notStarted).containsText("Quý II/2026");
            shot(page, "inspection-plan-board-new", 1366);

            notStarted.locator("[data-testid^='item-open-case-']").first().click();
            assertThat(page.getByTestId("case-open-from-item")).containsText(commune);
            page.getByTestId("case-open-save").click();
            Locator inProgress = page.getByTestId("plan-column-IN_PROGRESS");
            assertThat(inProgress).containsText("phòng, chống lãng phí");
            assertThat(page.getByTestId("plan-progress")).containsText("Đã mở hồ sơ1");
            shot(page, "inspection-plan-board", 1366);

            page.getByTestId("menu-inspection-plans").click();
            assertThat(page.getByTestId("plan-table")).containsText("Kế hoạch kiểm tra chuyên đề năm 2026");
            shot(page, "inspection-plans", 1366);
        }
        BrowserContext phone = context(390);
        try (phone) {
            Page page = BrowserSteps.login(phone, port, "kiemtra");
            page.navigate(planUrl);
            assertThat(page.getByTestId("plan-column-IN_PROGRESS")).containsText("phòng, chống lãng phí");
            shot(page, "inspection-plan-board", 390);
        }
    }

    private BrowserContext context(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(width, 900));
        context.setDefaultTimeout(15_000);
        return context;
    }

    private static void shot(Page page, String name, int width) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshot(name + (width < 600 ? "-390" : "")))
                .setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
