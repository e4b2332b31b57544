package vn.dangvu.handbook.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * A member opens the handbook on a 360 px phone without installing anything: logs in with the card number, reads the
 * card with its check-in QR code, sends a question; the cell secretary answers it in the staff app; the member sees
 * the notification and the answer; with the network cut the handbook still opens and shows the card. Screenshots go
 * to {@code target/screenshots/}.
 */
class HandbookBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void aMemberUsesTheHandbookOnAPhoneAndTheSecretaryAnswers() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        phone.setDefaultTimeout(15_000);
        try (phone) {
            Page member = phone.newPage();
            member.navigate(url("/handbook"));
            assertThat(member).hasURL(java.util.regex.Pattern.compile(".*/handbook/login.*"));
            member.getByLabel("Số thẻ đảng viên hoặc số CCCD").fill(plainMemberLogin());
            member.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
            member.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("handbook-login")));
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Xin chào");
            member.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("handbook-home")));

            tab(member, "Thẻ").click();
            assertThat(member.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Mã QR điểm danh của thẻ")))
                    .isVisible();
            assertThat(member.getByText("Chi bộ đang sinh hoạt")).isVisible();
            member.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("handbook-card"))
                    .setFullPage(true));

            tab(member, "Ý kiến").click();
            member.getByLabel("Tiêu đề").fill("Tài liệu học tập Nghị quyết");
            member.getByLabel("Nội dung").fill("Đề nghị chi bộ gửi tài liệu trước buổi sinh hoạt.");
            member.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ý kiến"))
                    .check();
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi"))
                    .click();
            assertThat(member.getByText("Đã gửi tới cấp ủy.")).isVisible();
            assertThat(member.getByText("Chờ trả lời").first()).isVisible();
            member.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("handbook-feedback-sent"))
                    .setFullPage(true));

            answerAsSecretary("Tài liệu học tập Nghị quyết");

            tab(member, "Thông báo").click();
            assertThat(member.getByText("Đã có trả lời: Tài liệu học tập Nghị quyết"))
                    .isVisible();
            member.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("handbook-notifications")));
            member.getByText("Đã có trả lời: Tài liệu học tập Nghị quyết").click();
            assertThat(member.getByText("Chi bộ sẽ gửi tài liệu qua sổ tay trước một ngày."))
                    .isVisible();
            member.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("handbook-feedback-answered"))
                    .setFullPage(true));

            tab(member, "Thẻ").click();
            assertThat(member.getByText("Chi bộ đang sinh hoạt")).isVisible();
            member.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
            phone.setOffline(true);
            member.reload();
            assertThat(member.getByText("Đang ngoại tuyến")).isVisible();
            assertThat(member.getByText("Chi bộ đang sinh hoạt")).isVisible();
            assertThat(member.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Mã QR điểm danh của thẻ")))
                    .isVisible();
            member.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("handbook-offline-card")));
            phone.setOffline(false);
        }
    }

    private void answerAsSecretary(String subject) {
        BrowserContext desktop = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        desktop.setDefaultTimeout(15_000);
        try (desktop) {
            Page page = desktop.newPage();
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("bithu");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();
            page.getByTestId("menu-feedback").click();
            page.getByText(subject).click();
            page.locator("[data-testid^='feedback-answer-']")
                    .first()
                    .fill("Chi bộ sẽ gửi tài liệu qua sổ tay trước một ngày.");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("feedback-staff-answer")));
            page.locator("[data-testid^='feedback-send-']").first().click();
            assertThat(page.getByText(subject)).not().isVisible();
        }
    }

    /** A tab of the handbook's bottom bar. */
    private static com.microsoft.playwright.Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng sổ tay"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
