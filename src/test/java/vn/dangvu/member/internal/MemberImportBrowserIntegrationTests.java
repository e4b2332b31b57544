package vn.dangvu.member.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * "An import with errors": the city organisation department uploads a file with an error "all or nothing" (nothing
 * written, errors shown, report downloadable), then the same file "valid rows only" (the valid rows written).
 * Screenshots go to {@code target/screenshots/}.
 */
class MemberImportBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void anImportWithErrors() throws Exception {
        String cell = jdbc.sql("SELECT code FROM org_unit WHERE kind = 'CELL' ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
        String csv =
                "\uFEFFHọ và tên;Giới tính;Ngày sinh;Dân tộc;Số định danh cá nhân (CCCD);Mã chi bộ;Ngày quyết định kết nạp\n"
                        + "Trịnh Thị Duyên;Nữ;12/04/1988;Kinh;977000000001;" + cell + ";20/10/2012\n"
                        + "Mai Văn Lộc;Nam;30/02/1990;Tày;977000000002;" + cell + ";\n"
                        + "Lò Thị Mỷ;Nữ;01/01/1992;Thái;977000000003;" + cell + ";15/06/2015\n";
        FilePayload file = new FilePayload("dang-vien-moi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setAcceptDownloads(true)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByTestId("login-username").fill("bantochuc");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.navigate("http://localhost:" + port + "/members");
            page.getByTestId("member-import-link").click();
            page.waitForURL("**/members/import");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("member-import-page")));
            assertThat(page.getByTestId("import-start")).isDisabled();
            page.locator("input[type=file]").setInputFiles(file);
            page.getByTestId("import-mode-all").click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("member-import-form")));
            page.getByTestId("import-start").click();

            assertThat(page.getByTestId("import-state")).hasText("Không nhập: tệp có lỗi");
            assertThat(page.getByTestId("import-errors")).containsText("Ngày không đọc được");
            assertThat(page.getByTestId("import-errors")).containsText("30/02/1990");
            assertThat(page.getByTestId("import-inserted")).hasText("0");
            assertThat(members()).isZero();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("member-import-rejected"))
                    .setFullPage(true));
            Download report =
                    page.waitForDownload(() -> page.getByTestId("import-report").click());
            byte[] bytes = Files.readAllBytes(report.path());
            assertThat(bytes).isNotEmpty();
            assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

            page.locator("input[type=file]").setInputFiles(file);
            page.getByTestId("import-mode-valid").click();
            page.getByTestId("import-start").click();

            // the test profile runs an import inside its request: the answer comes when the rows are written
            assertThat(page.getByTestId("import-state"))
                    .hasText(
                            "Đã nhập xong",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                                    .setTimeout(30_000));
            assertThat(page.getByTestId("import-inserted")).hasText("2");
            assertThat(page.getByTestId("import-error-count")).hasText("1");
            assertThat(members()).isEqualTo(2);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("member-import-valid-rows"))
                    .setFullPage(true));
        }
    }

    private long members() {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE citizen_id LIKE '977%'")
                .query(Long.class)
                .single();
    }
}
