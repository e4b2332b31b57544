package vn.dangvu.member.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.Sheets;

/**
 * Organisation staff filter the member list in a real browser (women, official, 30 to 60) and export it to Excel;
 * the downloaded workbook holds the same members in the same order. Screenshots go to {@code target/screenshots/}.
 */
class MemberListBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void staffFilterTheListAndExportIt() throws IOException {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setAcceptDownloads(true)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByTestId("login-username").fill("tochuc");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.navigate("http://localhost:" + port + "/members?sex=F&status=OFFICIAL&size=100");
            // antd puts the test id on the input itself or on its wrapper, depending on the version
            Locator minAge = page.locator("input[data-testid=member-min-age], [data-testid=member-min-age] input");
            Locator maxAge = page.locator("input[data-testid=member-max-age], [data-testid=member-max-age] input");
            minAge.fill("30");
            minAge.press("Tab");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*minAge=30.*"));
            maxAge.fill("60");
            maxAge.press("Tab");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*minAge=30.*maxAge=60.*"));
            assertThat(page.getByTestId("member-count")).containsText("đảng viên");
            String firstName = page.locator("[data-testid=member-table] tbody tr.ant-table-row td")
                    .first()
                    .innerText()
                    .strip();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("member-list-filtered"))
                    .setFullPage(true));

            Download download =
                    page.waitForDownload(() -> page.getByTestId("member-export").click());
            List<Row> rows = Sheets.rows(Files.readAllBytes(download.path()));

            assertThat(download.suggestedFilename()).endsWith(".xlsx");
            assertThat(rows.get(0).getCellText(0)).isEqualTo("DANH SÁCH ĐẢNG VIÊN");
            assertThat(rows.get(1).getCellText(0)).contains("Giới tính: Nữ", "Tuổi: từ 30 đến 60", "Chính thức");
            assertThat(rows.get(3).getCellText(1)).isEqualTo("Họ và tên");
            assertThat(rows.get(4).getCellText(1)).isEqualTo(firstName);
            assertThat(rows.get(4).getCellText(2)).isEqualTo("Nữ");
            assertThat(rows.get(4).getCellText(8)).isEqualTo("Chính thức");

            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("member-list-phone"))
                    .setFullPage(true));
        }
    }
}
