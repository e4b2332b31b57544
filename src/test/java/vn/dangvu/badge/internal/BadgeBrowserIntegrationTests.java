package vn.dangvu.badge.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * Organisation staff open the Huy hiệu Đảng page in a real browser, see the members reaching a milestone by the next
 * occasion (19/05/2026 from the test clock), propose one and record the committee's award; the member then leaves the
 * list and the profile shows the badge. One member admitted on 19/05/1996 is registered first so that the 30-year list
 * is never empty whatever the demo city's draw. Screenshots go to {@code target/screenshots/}.
 */
class BadgeBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void staffSeeTheListProposeAMemberAndRecordTheAward() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient.Response arrived = bithu.post(
                "/api/v1/members",
                "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + secretaryCell()
                        + ",\"fullName\":\"Hoàng Văn Huy\",\"sex\":\"M\",\"birthDate\":\"1970-02-02\","
                        + "\"ethnicity\":\"KINH\",\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                        + "\"admittedOn\":\"1996-05-19\",\"ceremonyDate\":\"1996-06-01\",\"officialOn\":\"1997-06-01\"}");
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(201);

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

            page.getByTestId("menu-badges").click();
            assertThat(page.getByTestId("badge-chart")).isVisible();
            assertThat(page.getByTestId("badge-tab-30")).isVisible();
            assertThat(page.getByTestId("badge-occasion")).containsText("19/05/2026");
            Locator propose = page.locator("[data-testid^='badge-propose-']").first();
            assertThat(propose).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("badges-list"))
                    .setFullPage(true));

            String memberId = propose.getAttribute("data-testid").substring("badge-propose-".length());
            propose.click();
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG))
                    .containsText("Đề nghị tặng Huy hiệu");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("badges-propose")));
            page.getByTestId("award-submit").click();
            assertThat(page.getByTestId("badge-state-" + memberId)).hasText("Đã đề nghị");

            page.getByTestId("badge-award-" + memberId).click();
            page.getByTestId("award-decision-number").fill("25-QĐ/ĐU");
            page.getByTestId("award-decision-date").click();
            page.keyboard().type("27/02/2026");
            page.keyboard().press("Enter");
            page.getByTestId("award-decision-body").fill("Đảng ủy phường");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("badges-award")));
            page.getByTestId("award-submit").click();
            assertThat(page.getByTestId("badge-state-" + memberId)).hasCount(0);

            page.navigate(url("/members/" + memberId));
            assertThat(page.getByTestId("membership-age-value")).containsText("năm");
            assertThat(page.getByTestId("member-badges")).containsText("Đã trao");
            assertThat(page.getByTestId("member-badges")).containsText("25-QĐ/ĐU");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("member-membership-age"))
                    .setFullPage(true));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM badge_award WHERE decision_number = '25-QĐ/ĐU' AND state = 'AWARDED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
