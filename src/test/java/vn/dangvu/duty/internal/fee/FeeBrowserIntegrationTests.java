package vn.dangvu.duty.internal.fee;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * A month of party fees in a real browser: the cell secretary opens the ledger, records one member's January in cash
 * from the grid and February for the selected member in one batch, imports a portal file with one unmatched line (the
 * file is refused whole and the mismatch reported), then reads the collection report and the fee tab of the member's
 * profile; the organisation staff open the transfer step, whose dialog states the month fees are paid up to; the ledger
 * is shot again at 390 px. The member is registered first with a basis so that the grid never depends on the demo's draw. Screenshots
 * go to {@code target/screenshots/}.
 */
class FeeBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void aSecretaryRecordsAMonthOfFeesImportsAPortalFileAndReadsTheReport() {
        ApiClient bithu = loggedIn("bithu");
        String card = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        ApiClient.Response arrived = bithu.post(
                "/api/v1/members",
                "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + secretaryCell()
                        + ",\"fullName\":\"Ngô Văn Đảng Phí\",\"sex\":\"M\",\"birthDate\":\"1980-02-02\","
                        + "\"ethnicity\":\"KINH\",\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                        + "\"admittedOn\":\"2005-05-19\",\"ceremonyDate\":\"2005-06-01\",\"officialOn\":\"2006-06-01\","
                        + "\"cardNumber\":\"" + card + "\"}");
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(201);
        String id = arrived.json().path("id").asString();
        ApiClient.Response basis = bithu.post(
                "/api/v1/fees/members/" + id + "/bases",
                "{\"category\":\"BHXH_SALARY\",\"amount\":6000000,\"fromMonth\":\"2026-01\"}");
        assertThat(basis.status()).as(basis.body()).isEqualTo(201);
        ApiClient.Response relief = bithu.post(
                "/api/v1/fees/members/" + id + "/reliefs",
                "{\"ground\":\"HARDSHIP\",\"percent\":50,\"fromMonth\":\"2026-04\",\"toMonth\":\"2026-09\","
                        + "\"decision\":\"NQ 07 của chi bộ\"}");
        assertThat(relief.status()).as(relief.body()).isEqualTo(201);

        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            login(page);
            page.getByTestId("menu-fees").click();
            assertThat(page.getByTestId("fee-ledger")).isVisible();
            // the test clock's year and February for the batch, whatever the browser's own date
            page.navigate(url("/fees?year=2026&month=2"));
            assertThat(page.getByTestId("fee-cell-" + id + "-1")).hasAttribute("data-status", "UNPAID");

            page.getByTestId("fee-cell-" + id + "-1").click();
            assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Ghi thu tiền mặt");
            assertThat(page.getByTestId("fee-pay-amount")).hasValue("60.000");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("fees-pay")));
            page.getByTestId("fee-pay-submit").click();
            assertThat(page.getByTestId("fee-cell-" + id + "-1")).hasAttribute("data-status", "PAID");

            page.locator("tr[data-row-key='" + id + "'] input[type=checkbox]").check();
            assertThat(page.getByTestId("fee-batch-record")).containsText("02/2026");
            page.getByTestId("fee-batch-record").click();
            assertThat(page.getByTestId("fee-cell-" + id + "-2")).hasAttribute("data-status", "PAID");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("fees-ledger"))
                    .setFullPage(true));

            page.getByTestId("fee-tab-import").click();
            String csv = PortalCsv.HEADER + "\n" + card + ",03/2026,60.000,GD-B-" + card + ",01/03/2026\n"
                    + "000000000000,03/2026,60000,GD-X-" + card + ",01/03/2026\n";
            page.locator("input[type=file]")
                    .setInputFiles(new FilePayload("cong-dvc.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.getByTestId("fee-import-rejected")).isVisible();
            assertThat(page.getByTestId("fee-issue-UNMATCHED")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("fees-import"))
                    .setFullPage(true));

            page.getByTestId("fee-tab-report").click();
            assertThat(page.getByTestId("fee-report")).isVisible();
            assertThat(page.getByTestId("fee-report-chart")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("fees-report"))
                    .setFullPage(true));

            // the member's profile: the fee tab shows the basis, the relief, "paid up to" and the months
            page.navigate(url("/members/" + id + "?tab=fees"));
            assertThat(page.getByTestId("member-fees")).isVisible();
            assertThat(page.getByTestId("member-fee-paid-up-to")).hasText("02/2026");
            assertThat(page.getByTestId("member-fee-reliefs")).containsText("Giảm 50%");
            assertThat(page.getByTestId("member-fee-reliefs")).containsText("04/2026 – 09/2026");
            assertThat(page.getByTestId("member-fee-months")).containsText("30.000 đ");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("fees-member-profile"))
                    .setFullPage(true));
        }

        // the transfer step (recorded by the organisation staff): the dialog states the month fees are paid up to
        BrowserContext staff = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        staff.setDefaultTimeout(15_000);
        try (staff) {
            Page page = staff.newPage();
            login(page, "tochuc");
            page.navigate(url("/members/" + id + "?tab=party"));
            page.getByTestId("step-TRANSFER_OUT").click();
            assertThat(page.getByTestId("step-fees-paid-up-to")).containsText("Đã đóng đảng phí đến hết tháng 02/2026");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("fees-transfer-letter")));
        }

        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(390, 844)
                .setIsMobile(true));
        phone.setDefaultTimeout(15_000);
        try (phone) {
            Page page = phone.newPage();
            login(page);
            page.navigate(url("/fees?year=2026"));
            assertThat(page.getByTestId("fee-cell-" + id + "-2")).hasAttribute("data-status", "PAID");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("fees-ledger-390"))
                    .setFullPage(true));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM duty_fee_payment WHERE member_id = :m")
                        .param("m", java.util.UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .as("two cash payments; the refused file recorded nothing")
                .isEqualTo(2);
    }

    private void login(Page page) {
        login(page, "bithu");
    }

    private void login(Page page, String username) {
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("welcome")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
