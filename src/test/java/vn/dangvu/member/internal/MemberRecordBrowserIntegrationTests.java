package vn.dangvu.member.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * A cell secretary edits a member of the cell in a real browser and finds the change in the record's history.
 * Screenshots go to {@code target/screenshots/}.
 */
class MemberRecordBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void theSecretaryEditsAPhoneAndSeesItInTheHistory() {
        UUID id = jdbc.sql("""
                        SELECT id FROM member WHERE org_unit_id = :cell AND status = 'OFFICIAL'
                         ORDER BY id DESC LIMIT 1""").param("cell", secretaryCell()).query(UUID.class).single();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        try (context) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByTestId("login-username").fill("bithu");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.navigate("http://localhost:" + port + "/members/" + id);
            assertThat(page.getByTestId("member-section-identity")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("member-profile"))
                    .setFullPage(true));

            page.getByTestId("member-edit").click();
            Locator phone = page.getByTestId("member-edit-phone");
            phone.fill("0912000111");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("member-edit")));
            page.getByTestId("member-edit-save").click();
            assertThat(page.getByTestId("member-section-work")).containsText("0912000111");

            page.getByTestId("member-tab-history").click();
            Locator history = page.getByTestId("member-history");
            assertThat(history).containsText("0912000111");
            assertThat(history).containsText("bithu");
            assertThat(history).containsText("Điện thoại");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("member-history"))
                    .setFullPage(true));
        }
    }

    @Test
    void theSecretaryFilesADocumentAndOpensTheFile() {
        UUID id = jdbc.sql("""
                        SELECT id FROM member WHERE org_unit_id = :cell AND status = 'OFFICIAL'
                         ORDER BY id DESC LIMIT 1 OFFSET 1""").param("cell", secretaryCell()).query(UUID.class).single();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        try (context) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByTestId("login-username").fill("bithu");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.navigate("http://localhost:" + port + "/members/" + id);
            page.getByTestId("member-tab-documents").click();
            page.getByTestId("document-add").click();
            page.getByTestId("document-kind").click();
            page.getByText("Phiếu đảng viên (2-HSĐV)").last().click();
            assertThat(page.getByTestId("document-title")).hasValue("Phiếu đảng viên (2-HSĐV)");
            page.locator("[data-testid=document-form] input[type=file]")
                    .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                            "phieu-dang-vien.pdf",
                            "application/pdf",
                            "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("member-document-add")));
            page.getByTestId("document-save").click();
            Locator documents = page.getByTestId("member-documents");
            assertThat(documents).containsText("Phiếu đảng viên (2-HSĐV)");
            assertThat(documents).containsText("bithu");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("member-documents"))
                    .setFullPage(true));
        }
        long filed = jdbc.sql("SELECT COUNT(*) FROM member_document WHERE member_id = :id AND kind = 'MEMBER_FORM'")
                .param("id", id)
                .query(Long.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(filed).isEqualTo(1);
    }
}
