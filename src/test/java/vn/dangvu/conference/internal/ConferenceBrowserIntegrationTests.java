package vn.dangvu.conference.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The organisation staff in a real browser (its clock at the test clock's 01/03/2026) plan a conference of their
 * committee, add a group and a draft, record two delegates' opinions, answer one, read the summary, record the vote
 * and see the resolution's NQ number. The delegates are added through the API. Screenshots at desktop width and at
 * 390 px go to {@code target/screenshots/}.
 */
class ConferenceBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void aConferenceGoesFromPlanningToAnIssuedResolution() {
        long root = staffScopeRoot();
        String rootName = jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", root)
                .query(String.class)
                .single();
        List<UUID> members =
                jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND m.status = 'OFFICIAL' ORDER BY m.id DESC LIMIT 3""").param("p", pathOf(root) + "%").query(UUID.class).list();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        String id;
        try (context) {
            context.clock().setFixedTime(clock.millis());
            Page page = BrowserSteps.login(context, port, "tochuc");
            page.getByTestId("menu-conferences").click();
            loaded(page.getByTestId("conference-list"));
            page.getByTestId("conference-create").click();
            page.getByTestId("conference-create-org").click();
            page.locator(".ant-select-tree-node-content-wrapper")
                    .filter(new Locator.FilterOptions().setHasText(rootName))
                    .first()
                    .click();
            page.getByTestId("conference-create-day").click();
            page.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden) td[title='2026-02-25']")
                    .click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("conference-create")));
            page.getByTestId("conference-create-submit").click();
            page.waitForURL("**/conferences/*");
            id = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING)
                            .filter(new Locator.FilterOptions().setHasText("Hội nghị lần thứ"))
                            .first())
                    .isVisible();

            ApiClient api = loggedIn("tochuc");
            for (UUID member : members) {
                ApiClient.Response added = api.post(
                        "/api/v1/conferences/" + id + "/participants",
                        "{\"role\":\"BODY_MEMBER\",\"memberId\":\"" + member + "\"}");
                assertThat(added.status()).as(added.body()).isEqualTo(201);
            }
            page.reload();

            page.getByTestId("conference-tab-groups").click();
            page.getByTestId("group-name").fill("Tổ 1");
            page.getByTestId("group-add").click();
            assertThat(page.getByTestId("conference-groups")).containsText("Tổ 1");

            page.getByTestId("conference-tab-participants").click();
            for (int i = 0; i < members.size(); i++) {
                Locator row = page.getByTestId("conference-participants")
                        .locator("tbody tr")
                        .nth(i);
                row.locator(".ant-select").first().click();
                page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")
                        .last()
                        .locator(".ant-select-item-option")
                        .filter(new Locator.FilterOptions().setHasText("Có mặt"))
                        .first()
                        .click();
                assertThat(row).containsText("Có mặt");
            }
            assertThat(page.getByTestId("conference-base")).containsText("3");

            page.getByTestId("conference-tab-drafts").click();
            page.getByTestId("draft-title").fill("Dự thảo Nghị quyết về chuyển đổi số");
            page.getByTestId("draft-responsible").fill("Phó Bí thư Thường trực");
            page.getByTestId("draft-add").click();
            assertThat(page.getByTestId("conference-drafts")).containsText("Dự thảo Nghị quyết về chuyển đổi số");

            page.getByTestId("conference-tab-opinions").click();
            String[] texts = {"Bổ sung chỉ tiêu số hóa hồ sơ đảng viên.", "Lùi thời hạn hoàn thành sang năm sau."};
            for (int i = 0; i < texts.length; i++) {
                page.getByTestId("opinion-add").click();
                Locator dialog = page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG);
                dialog.getByTestId("opinion-speaker").click();
                page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")
                        .last()
                        .locator(".ant-select-item-option")
                        .nth(i)
                        .click();
                dialog.getByTestId("opinion-text").fill(texts[i]);
                dialog.getByTestId("opinion-submit").click();
                assertThat(page.getByTestId("opinion-list")).containsText(texts[i]);
            }
            assertThat(page.getByTestId("opinion-summary"))
                    .containsText("2 đại biểu phát biểu, nêu 2 ý kiến; trong đó có 2 ý kiến về Dự thảo Nghị quyết");

            Locator first = page.getByTestId("opinion-list")
                    .locator(".ant-list-item")
                    .filter(new Locator.FilterOptions().setHasText(texts[0]));
            first.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                    .first()
                    .click();
            Locator answer = page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG);
            answer.getByTestId("answer-text").fill("Tiếp thu, bổ sung vào Mục 1.");
            answer.getByTestId("answer-submit").click();
            assertThat(first).containsText("Tiếp thu, bổ sung vào Mục 1.");
            assertThat(page.getByTestId("opinion-summary")).containsText("Đã tiếp thu 1 ý kiến");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("conference-opinions"))
                    .setFullPage(true));

            page.getByTestId("conference-tab-votes").click();
            page.getByTestId("vote-title").fill("Nghị quyết về chuyển đổi số");
            page.getByTestId("vote-for").fill("3");
            page.getByTestId("vote-submit").click();
            assertThat(page.getByTestId("vote-document")).containsText("-NQ/");
            assertThat(page.getByTestId("conference-votes")).containsText("Thông qua");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("conference-votes"))
                    .setFullPage(true));

            page.setViewportSize(390, 844);
            page.getByTestId("conference-tab-opinions").click();
            loaded(page.getByTestId("opinion-summary"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("conference-opinions-390"))
                    .setFullPage(true));
        }
        BrowserContext office = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        office.setDefaultTimeout(15_000);
        try (office) {
            office.clock().setFixedTime(clock.millis());
            Page page = BrowserSteps.login(office, port, "vanphong");
            page.getByTestId("menu-conference-programmes").click();
            loaded(page.getByTestId("programme-regular"));
            assertThat(page.getByTestId("programme-regular-flag")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("conference-programme"))
                    .setFullPage(true));
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("conference-programme-390"))
                    .setFullPage(true));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conference_vote WHERE conference_id = :c AND adopted = TRUE")
                        .param("c", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static void loaded(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }
}
