package vn.dangvu.handbook.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PdfText;
import vn.dangvu.support.PlatformTestBase;

/**
 * A member opens the handbook on a 360 px phone without installing anything: logs in with the card number, reads the
 * card with its check-in QR code, sends a question; the cell secretary answers it in the staff app; the member sees
 * the notification and the answer; opens the next meeting, downloads its material and checks in; finds a document
 * without diacritics, acknowledges it and saves it; with the network cut the handbook still opens and shows the card
 * and the saved document. Screenshots go
 * to {@code target/screenshots/}.
 */
class HandbookBrowserIntegrationTests extends PlatformTestBase {

    private static final String MEETING_TITLE = "Sinh hoạt chi bộ thường kỳ — thử sổ tay";
    private static final String DOCUMENT_TITLE =
            "Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia";

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
                .setHasTouch(true)
                // axe-core is injected as an inline script, which the app's content security policy refuses
                .setBypassCSP(true));
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
            assertAccessible(member, "start screen");

            tab(member, "Thẻ").click();
            assertThat(member.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Mã QR điểm danh của thẻ")))
                    .isVisible();
            assertThat(member.getByText("Chi bộ đang sinh hoạt")).isVisible();
            member.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("handbook-card"))
                    .setFullPage(true));
            assertAccessible(member, "card");
            com.microsoft.playwright.Download copy = member.waitForDownload(
                    () -> member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải bản PDF"))
                            .click());
            org.assertj.core.api.Assertions.assertThat(copy.suggestedFilename()).isEqualTo("du-lieu-ca-nhan.pdf");
            org.assertj.core.api.Assertions.assertThat(PdfText.of(copy.path()))
                    .contains("DỮ LIỆU CÁ NHÂN CỦA ĐẢNG VIÊN");

            tab(member, "Trang chủ").click();
            member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gửi ý kiến tới cấp ủy"))
                    .click();
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
            assertAccessible(member, "feedback");

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

            // the next meeting: its material, then the member's own check-in within the window
            String meetingId = planMeetingWithMaterial();
            tab(member, "Sinh hoạt").click();
            member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(MEETING_TITLE))
                    .first()
                    .click();
            assertThat(member).hasURL(java.util.regex.Pattern.compile(".*/handbook/meetings/" + meetingId));
            com.microsoft.playwright.Download material = member.waitForDownload(() -> member.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Dự thảo nghị quyết tháng"))
                    .click());
            org.assertj.core.api.Assertions.assertThat(material.suggestedFilename())
                    .isEqualTo("du-thao-nghi-quyet.txt");
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Điểm danh"))
                    .click();
            assertThat(member.getByText("Đã điểm danh lúc")).isVisible();
            member.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("handbook-meeting-checked-in"))
                    .setFullPage(true));
            assertAccessible(member, "meeting");

            // a document found without diacritics, read, acknowledged and saved for offline reading
            tab(member, "Văn bản").click();
            member.getByPlaceholder("Tìm văn bản (không cần dấu)").fill("dot pha phat trien khoa hoc");
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm"))
                    .click();
            member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DOCUMENT_TITLE))
                    .click();
            assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(DOCUMENT_TITLE)))
                    .isVisible();
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đã nghiên cứu"))
                    .click();
            assertThat(member.getByText("Đã xác nhận lúc")).isVisible();
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu để đọc khi không có mạng"))
                    .click();
            assertThat(member.getByText("Đã lưu trên máy này.")).isVisible();
            member.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("handbook-document"))
                    .setFullPage(true));
            assertAccessible(member, "document");
            String documentUrl = member.url();

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
            member.navigate(documentUrl);
            assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(DOCUMENT_TITLE)))
                    .isVisible();
            member.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("handbook-offline-document")));
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

    /** The secretary plans a meeting starting in ten minutes, publishes a material and invites the cell. */
    private String planMeetingWithMaterial() {
        ApiClient bithu = loggedIn("bithu");
        ApiClient.Response planned = bithu.post(
                "/api/v1/meetings",
                "{\"orgUnitId\":" + secretaryCell() + ",\"kind\":\"REGULAR\",\"title\":\"" + MEETING_TITLE
                        + "\",\"plannedStart\":\"" + clock.instant().plus(Duration.ofMinutes(10))
                        + "\",\"place\":\"Nhà văn hóa tổ dân phố\"}");
        org.assertj.core.api.Assertions.assertThat(planned.status())
                .as(planned.body())
                .isEqualTo(201);
        String id = planned.json().path("id").asString();
        ApiClient.Response upload = bithu.multipart(
                "POST",
                "/api/v1/meetings/" + id + "/materials?title="
                        + URLEncoder.encode("Dự thảo nghị quyết tháng", StandardCharsets.UTF_8),
                "file",
                "du-thao-nghi-quyet.txt",
                "Dự thảo nghị quyết chi bộ".getBytes(StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(upload.status())
                .as(upload.body())
                .isEqualTo(201);
        bithu.post(
                "/api/v1/meetings/" + id + "/materials/"
                        + upload.json().path("id").asString() + "/publish",
                "");
        bithu.post("/api/v1/meetings/" + id + "/invitations", "{}");
        return id;
    }

    /**
     * WCAG 2.1 A and AA checks of axe-core (the automated part of an audit: contrast, names, labels, structure) on the
     * page as it is; any violation fails with its rule and the elements.
     */
    @SuppressWarnings("unchecked")
    private static void assertAccessible(Page page, String screen) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(Path.of("frontend/node_modules/axe-core/axe.min.js")));
        Object result = page.evaluate("""
                async () => (await axe.run(document, {
                  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                })).violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))""");
        org.assertj.core.api.Assertions.assertThat((java.util.List<String>) result)
                .as("WCAG 2.1 AA violations on the " + screen)
                .isEmpty();
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
