package vn.dangvu.report.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * Organisation staff open Báo cáo thống kê in a real browser, switch to the quality form, see the table with its
 * totals, download it as Excel and as PDF, and the test opens both files: the workbook's cells, the PDF's text and its
 * first page rendered to PNG (target/screenshots/report-browser-pdf-1.png) to be looked at. Figures from
 * the demo city's figures; the reference date defaults to the last year end before the test clock's 01/03/2026.
 */
class ReportBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void staffSeeAReportAndDownloadItAsExcelAndPdf() throws Exception {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1440, 900)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("tochuc");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.getByTestId("menu-reports").click();
            assertThat(page.getByTestId("report-title")).hasText("BÁO CÁO SỐ LƯỢNG VÀ BIẾN ĐỘNG ĐẢNG VIÊN");
            assertThat(page.getByTestId("report-period")).hasText("Từ ngày 01/01/2025 đến ngày 31/12/2025");

            page.getByTestId("report-kind").click();
            page.locator(".ant-select-item-option[title^='Biểu 2-TCTW']").click();
            assertThat(page.getByTestId("report-title")).hasText("BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN");
            assertThat(page.getByTestId("report-form")).hasText("Biểu 2-TCTW");
            assertThat(page.getByTestId("report-table")).containsText("Lý luận chính trị");
            assertThat(page.getByTestId("report-total")).containsText("Tổng cộng");
            String total = page.getByTestId("report-total").locator("td").nth(2).innerText();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("report-quality"))
                    .setFullPage(true));

            Download excel =
                    page.waitForDownload(() -> page.getByTestId("report-xlsx").click());
            assertThat(excel.suggestedFilename()).isEqualTo("Biểu 2-TCTW 2025-12-31.xlsx");
            List<List<String>> rows = ReportRenderingTests.read(Files.readAllBytes(excel.path()));
            List<String> cells = rows.stream().flatMap(List::stream).toList();
            assertThat(cells).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN", "Tổng cộng");
            List<String> totals = rows.stream()
                    .filter(r -> r.size() > 2 && "Tổng cộng".equals(r.get(1)))
                    .findFirst()
                    .orElseThrow();
            assertThat((long) Double.parseDouble(totals.get(2))).isEqualTo(Long.parseLong(total.replace(".", "")));

            Download pdf =
                    page.waitForDownload(() -> page.getByTestId("report-pdf").click());
            assertThat(pdf.suggestedFilename()).isEqualTo("Biểu 2-TCTW 2025-12-31.pdf");
            Path file = Files.createDirectories(Path.of("target/screenshots")).resolve("report-browser.pdf");
            Files.copy(pdf.path(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(vn.dangvu.support.PdfText.of(file))
                    .contains(
                            "ĐẢNG CỘNG SẢN VIỆT NAM",
                            "Biểu 2-TCTW",
                            "BÁO CÁO CHẤT LƯỢNG ĐẢNG VIÊN",
                            "Số liệu tính đến ngày 31/12/2025",
                            "Tổng cộng " + total);
            new ProcessBuilder(
                            "pdftoppm",
                            "-r",
                            "80",
                            "-png",
                            "-f",
                            "1",
                            "-l",
                            "1",
                            file.toString(),
                            file.resolveSibling("report-browser-pdf").toString())
                    .inheritIO()
                    .start()
                    .waitFor();

            // the member list behind the report: the same organisation's members, streamed
            Download members = page.waitForDownload(
                    () -> page.getByTestId("report-members").click());
            assertThat(members.suggestedFilename()).isEqualTo("Danh sách đảng viên 2025-12-31.xlsx");
            List<List<String>> listed = ReportRenderingTests.read(Files.readAllBytes(members.path()));
            assertThat(listed.get(0)).contains("DANH SÁCH ĐẢNG VIÊN");
            assertThat(listed.size()).as("members listed under the heading").isGreaterThan(5);
            assertThat(listed.get(4).get(1)).as("a member's name").isNotBlank();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
