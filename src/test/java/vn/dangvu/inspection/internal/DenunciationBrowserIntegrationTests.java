package vn.dangvu.inspection.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * A party-internal denunciation in a real browser (REGULATIONS §10.6) as the demo's inspection log-in {@code kiemtra}:
 * a signed letter is recorded, accepted with its 90-working-day deadline, extended once and turned into an inspection
 * case that names no denouncer; an anonymous letter shows as not handled with the rule. Screenshots (desktop and
 * 390 px) go to {@code target/screenshots/}.
 */
class DenunciationBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void aLetterIsRecordedAcceptedExtendedAndTurnedIntoACase() {
        UUID accused = arrive("Đỗ Văn Bị Tố");
        String anonymous = loggedIn("kiemtra")
                .post(
                        "/api/v1/denunciations",
                        "{\"commissionUnitId\":" + staffScopeRoot() + ",\"receivedOn\":\"2026-02-10\","
                                + "\"channel\":\"ONLINE\",\"accusedKind\":\"MEMBER\",\"accusedMemberId\":\"" + accused
                                + "\",\"content\":\"Thư không ký tên tố cáo việc sử dụng xe công\"}")
                .json()
                .path("id")
                .asString();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        String id;
        try (context) {
            Page page = BrowserSteps.login(context, port, "kiemtra");
            page.getByTestId("menu-denunciations").click();
            assertThat(page.getByTestId("denunciation-link-" + anonymous)).isVisible();
            page.getByTestId("denunciation-receive").click();
            BrowserSteps.date(page, "denunciation-received-on", "01/02/2026");
            assertThat(page.getByTestId("denunciation-rule-preview")).containsText("Nặc danh");
            page.getByTestId("denunciation-denouncer").fill("Nguyễn Văn Tố");
            page.getByTestId("denunciation-address").fill("Số 5 phố Hàng Bài, Hoàn Kiếm, Hà Nội");
            assertThat(page.getByTestId("denunciation-rule-preview")).isHidden();
            BrowserSteps.search(page, "denunciation-accused-member", "Đỗ Văn Bị", "Đỗ Văn Bị Tố");
            page.getByTestId("denunciation-content")
                    .fill("Tố cáo đồng chí Đỗ Văn Bị Tố vi phạm quy định về kê khai tài sản, thu nhập.");
            shot(page, "denunciation-intake");
            page.getByTestId("denunciation-save").click();
            assertThat(page.getByTestId("denunciation-state")).hasText("Chờ thụ lý");
            id = page.url().substring(page.url().lastIndexOf('/') + 1);

            // Enter in the last date confirms it and submits the form, as a keyboard user would
            page.getByTestId("denunciation-handler-name").fill("Phó Chủ nhiệm Ủy ban Kiểm tra");
            BrowserSteps.date(page, "denunciation-accepted-on", "02/02/2026");
            assertThat(page.getByTestId("denunciation-state")).hasText("Đang giải quyết");
            assertThat(page.getByTestId("denunciation-deadline")).containsText("ngày làm việc");

            page.getByTestId("denunciation-tab-extension").click();
            page.getByTestId("denunciation-days").fill("20");
            page.getByTestId("denunciation-extension-reason").fill("Cần xác minh thêm tại cơ quan thuế");
            BrowserSteps.date(page, "denunciation-notice-on", "20/02/2026");
            assertThat(page.getByTestId("denunciation-event-extended")).containsText("Gia hạn 20 ngày làm việc");
            assertThat(page.getByTestId("denunciation-tab-extension")).isHidden();
            shot(page, "denunciation-file");

            page.getByTestId("denunciation-tab-case").click();
            page.getByTestId("denunciation-submit-case").click();
            assertThat(page.getByTestId("case-summary")).containsText("Đỗ Văn Bị Tố");
            assertThat(page.getByTestId("case-summary")).not().containsText("Nguyễn Văn Tố");

            page.navigate(url("/denunciations/" + anonymous));
            assertThat(page.getByTestId("denunciation-not-handled")).containsText("Nặc danh");
            assertThat(page.getByTestId("denunciation-not-handled"))
                    .containsText("Căn cứ: QĐ 296-QĐ/TW, Chương IV (tố cáo trong Đảng)");
            assertThat(page.getByTestId("denunciation-done")).isVisible();
            shot(page, "denunciation-not-handled");
        }
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(390, 900));
        phone.setDefaultTimeout(15_000);
        try (phone) {
            Page page = BrowserSteps.login(phone, port, "kiemtra");
            page.navigate(url("/denunciations"));
            assertThat(page.getByTestId("denunciation-link-" + id)).isVisible();
            shot(page, "denunciation-list-390");
            page.getByTestId("denunciation-link-" + id).click();
            assertThat(page.getByTestId("denunciation-case-link")).isVisible();
            shot(page, "denunciation-file-390");
        }
        assertThat(jdbc.sql("SELECT case_id FROM inspection_denunciation WHERE id = :id")
                        .param("id", UUID.fromString(id))
                        .query(UUID.class)
                        .optional())
                .isPresent();
    }

    private UUID arrive(String name) {
        long cell = jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL') AND state = 'ACTIVE'
                           AND path LIKE :p AND id <> :cell ORDER BY id LIMIT 1""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .param("cell", secretaryCell())
                .query(Long.class)
                .single();
        ApiClient.Response response = loggedIn("tochuc")
                .post(
                        "/api/v1/members",
                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell + ",\"fullName\":\"" + name + "\","
                                + "\"sex\":\"M\",\"birthDate\":\"1975-03-03\",\"ethnicity\":\"KINH\","
                                + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                                + "\"admittedOn\":\"2008-05-19\",\"ceremonyDate\":\"2008-05-29\","
                                + "\"officialOn\":\"2009-05-29\",\"origin\":\"Đảng bộ tỉnh Thái Bình\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private static void shot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Browsers.screenshot(name)).setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
