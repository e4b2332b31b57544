package vn.dangvu.meeting.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The cell secretary plans a meeting in a real browser, publishes a material, sends the invitations, takes attendance
 * by scanning a party card, starts and ends the meeting and sees the attendance statistics; the same pages at 390 px.
 * Screenshots go to {@code target/screenshots/}.
 */
class MeetingBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void theSecretaryRunsAMeetingAndSeesTheStatistics() {
        String card = jdbc.sql("""
                        SELECT m.card_number FROM member m JOIN account a ON a.member_id = m.id
                         WHERE a.username = 'bithu'""").query(String.class).single();
        String start = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(2)), clock.getZone())
                .withHour(8)
                .withMinute(0)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        String meetingUrl;
        try (context) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("bithu");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.getByTestId("menu-meetings").click();
            assertThat(page.getByTestId("meeting-table")).containsText("Sinh hoạt chi bộ tháng");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("meetings-list"))
                    .setFullPage(true));

            page.getByTestId("meeting-plan").click();
            page.getByTestId("meeting-plan-title").fill("Sinh hoạt chi bộ thử nghiệm");
            page.getByTestId("meeting-plan-start").click();
            page.keyboard().type(start);
            page.keyboard().press("Enter");
            page.getByTestId("meeting-plan-place").fill("Hội trường khu phố");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("meetings-plan")));
            page.getByTestId("meeting-plan-save").click();
            assertThat(page.getByTestId("meeting-agenda")).containsText("Thu đảng phí");
            meetingUrl = page.url();

            page.getByTestId("material-title").fill("Dự thảo nghị quyết");
            page.locator("[data-testid='meeting-materials'] input[type=file]")
                    .setInputFiles(new FilePayload(
                            "du-thao.txt", "text/plain", "Dự thảo nghị quyết tháng".getBytes(StandardCharsets.UTF_8)));
            page.getByTestId("material-upload").click();
            page.locator("[data-testid^='material-publish-']").first().click();
            assertThat(page.getByTestId("meeting-materials")).containsText("Đã đăng");

            page.getByTestId("invitation-guest").fill("Nguyễn Văn Phụ Trách");
            page.getByTestId("invitation-send").click();
            assertThat(page.getByTestId("meeting-state")).hasText("Đã gửi giấy mời");
            assertThat(page.getByTestId("invitation-table")).containsText("Nguyễn Văn Phụ Trách");

            page.locator("[data-testid='invitation-scan'] input").fill("DANGVU-CARD:" + card);
            page.locator("[data-testid='invitation-scan'] input").press("Enter");
            assertThat(page.getByTestId("invitation-table")).containsText("quét thẻ");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("meetings-detail"))
                    .setFullPage(true));

            page.getByTestId("meeting-start").click();
            assertThat(page.getByTestId("meeting-state")).hasText("Đã họp");
            page.getByTestId("meeting-end").click();
            assertThat(page.getByTestId("meeting-duration")).containsText("tối thiểu 90 phút");
            assertThat(page.getByTestId("minutes-form")).isVisible();

            page.navigate(url("/meetings/attendance"));
            assertThat(page.getByTestId("attendance-total")).isVisible();
            assertThat(page.getByTestId("attendance-chart")).isVisible();
            assertThat(page.getByTestId("attendance-members")).containsText("Vắng");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("meetings-attendance"))
                    .setFullPage(true));

            page.setViewportSize(390, 844);
            page.navigate(meetingUrl);
            assertThat(page.getByTestId("meeting-agenda")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("meetings-detail-390"))
                    .setFullPage(true));
            page.navigate(url("/meetings/attendance"));
            assertThat(page.getByTestId("attendance-chart")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("meetings-attendance-390"))
                    .setFullPage(true));
        }
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM meeting_invitation i JOIN meeting m ON m.id = i.meeting_id
                         WHERE m.title = 'Sinh hoạt chi bộ thử nghiệm' AND i.checked_in_by = 'CARD'""").query(Long.class).single()).isEqualTo(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
