package vn.dangvu.document.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * A cell secretary opens a draft of their cell in a real browser, attaches a PDF (upload with progress), publishes
 * it (the number is drawn), finds it in the library by a phrase of the PDF typed without diacritics, and opens the
 * "Người đọc" tab with its counts and progress; desktop and 390 px screenshots go to {@code target/screenshots/}.
 */
class DocumentBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void aSecretaryPublishesADocumentWithAPdfFindsItWithoutDiacriticsAndSeesItsReaders() {
        ApiClient bithu = loggedIn("bithu");
        long cell = secretaryCell();
        long id = DocumentScenarios.draft(
                bithu,
                cell,
                "KH",
                "INTERNAL",
                "Kế hoạch sinh hoạt chuyên đề quý II",
                DocumentScenarios.unitScope(cell),
                ",\"summary\":\"Chuyên đề về chuyển đổi số trong chi bộ\",\"signer\":\"Bí thư chi bộ\"");

        for (int width : new int[] {1366, 390}) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setLocale("vi-VN")
                    .setTimezoneId("Asia/Ho_Chi_Minh")
                    .setViewportSize(width, 900));
            context.setDefaultTimeout(15_000);
            try (context) {
                Page page = context.newPage();
                page.navigate(url("/login"));
                page.getByTestId("login-username").fill("bithu");
                page.getByTestId("login-password").fill(DEMO_PASSWORD);
                page.getByTestId("login-submit").click();
                assertThat(page.getByTestId("welcome")).isVisible();
                String suffix = width == 390 ? "-390" : "";

                page.navigate(url("/documents/new"));
                assertThat(page.getByTestId("document-form")).isVisible();
                page.getByTestId("document-title").fill("Kế hoạch mẫu");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browsers.screenshot("document-form" + suffix))
                        .setFullPage(true));

                if (width == 1366) {
                    page.navigate(url("/documents/" + id));
                    assertThat(page.getByTestId("document-status")).hasText("Dự thảo");
                    page.locator("[data-testid='document-attachments'] input[type=file]")
                            .setInputFiles(new FilePayload(
                                    "ke-hoach.pdf",
                                    "application/pdf",
                                    DocumentFiles.pdf("Kế hoạch", "Sinh hoạt chuyên đề về phòng, chống lãng phí")));
                    assertThat(page.getByTestId("document-attachments")).containsText("ke-hoach.pdf");
                    page.getByTestId("document-publish").click();
                    assertThat(page.getByTestId("document-status")).hasText("Đã ban hành");
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(Browsers.screenshot("document-detail"))
                            .setFullPage(true));
                }

                page.navigate(url("/documents"));
                page.locator("#document-q").fill("phong, chong lang phi");
                page.locator("#document-q").press("Enter");
                assertThat(page.getByTestId("document-link-" + id)).isVisible();
                assertThat(page.locator("[data-testid='document-table'] tbody tr.ant-table-row"))
                        .hasCount(1);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browsers.screenshot("document-library" + suffix))
                        .setFullPage(true));

                page.getByTestId("document-link-" + id).click();
                page.getByTestId("document-tab-readers").click();
                assertThat(page.getByTestId("document-readers")).containsText("Đảng viên nhận");
                assertThat(page.getByTestId("document-readers")).containsText("Chưa đọc");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browsers.screenshot("document-readers" + suffix))
                        .setFullPage(true));
            }
        }
        assertThat(jdbc.sql("SELECT status FROM document WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
