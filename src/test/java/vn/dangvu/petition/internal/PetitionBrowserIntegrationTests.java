package vn.dangvu.petition.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The petition clerk in a real browser takes in a complaint, classifies it, routes it to the competent unit, accepts
 * it there and replies, watching the deadline and the timeline; then sees the ageing chart of open cases (old ones
 * recorded through the API first) and the same pages at 390 px. Screenshots go to {@code target/screenshots/}.
 */
class PetitionBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void aPetitionGoesFromIntakeToReplyAndTheAgeingChartShowsOldCases() {
        long root = clerkRoot();
        long child = jdbc.sql("SELECT id FROM org_unit WHERE parent_id = :p ORDER BY name LIMIT 1")
                .param("p", root)
                .query(Long.class)
                .single();
        ApiClient api = loggedIn("tiepdan");
        for (String day : new String[] {"2003-04-10", "2012-09-20", "2019-01-15"}) {
            ApiClient.Response old = api.post(
                    "/api/v1/petitions",
                    "{\"receivedUnitId\":" + child + ",\"petitionerName\":\"Nguyễn Thị Tồn Đọng\","
                            + "\"petitionerAddress\":\"Hà Nội\",\"channel\":\"MAIL\",\"receivedOn\":\"" + day
                            + "\",\"subject\":\"Đơn cũ chưa giải quyết\",\"content\":\"Nội dung\"}");
            assertThat(old.status()).as(old.body()).isEqualTo(201);
        }
        String received = LocalDate.now(clock).minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        String detailUrl;
        try (context) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("tiepdan");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.getByTestId("menu-petitions").click();
            loaded(page.getByTestId("petition-table"));
            page.getByTestId("petition-receive").click();
            page.getByTestId("petition-intake-name").fill("Trần Văn Dân");
            page.getByTestId("petition-intake-address").fill("Số 5 phố Hàng Bạc, Hoàn Kiếm, Hà Nội");
            page.getByTestId("petition-intake-idno").fill("001099012345");
            page.getByTestId("petition-intake-date").click();
            page.keyboard().press("Control+A");
            page.keyboard().type(received);
            page.keyboard().press("Enter");
            page.getByTestId("petition-intake-subject").fill("Khiếu nại việc xét kết nạp đảng viên");
            page.getByTestId("petition-intake-content").fill("Đề nghị xem xét lại việc xét kết nạp con tôi.");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("petitions-intake")));
            page.getByTestId("petition-intake-save").click();
            loaded(page.getByTestId("petition-state"));

            assertThat(page.getByTestId("petition-state")).hasText("Mới tiếp nhận");
            assertThat(page.getByTestId("petition-petitioner")).containsText("001099012345");
            detailUrl = page.url();
            page.getByTestId("petition-classify-kind").click();
            page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")
                    .getByText("Khiếu nại", new Locator.GetByTextOptions().setExact(true))
                    .click();
            page.getByTestId("petition-classify-save").click();
            assertThat(page.getByTestId("petition-timeline")).containsText("Phân loại đơn");
            assertThat(page.getByTestId("petition-timeline")).containsText("Khiếu nại · Thuộc thẩm quyền của Đảng");

            page.getByTestId("petition-step-route").click();
            page.getByTestId("petition-route-unit").click();
            Locator dropdown = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
            dropdown.locator(".ant-select-tree-switcher").first().click();
            dropdown.locator(".ant-select-tree-title")
                    .getByText(unitName(child), new Locator.GetByTextOptions().setExact(true))
                    .first()
                    .click();
            page.getByTestId("petition-route-note").fill("Thuộc thẩm quyền của đảng ủy cấp dưới");
            page.getByTestId("petition-route-save").click();
            assertThat(page.getByTestId("petition-state")).hasText("Đã chuyển đơn");
            assertThat(page.getByTestId("petition-handling")).hasText(unitName(child));

            page.getByTestId("petition-step-accept").click();
            page.getByTestId("petition-accept-save").click();
            assertThat(page.getByTestId("petition-state")).hasText("Đã thụ lý");
            assertThat(page.getByTestId("petition-settle-due"))
                    .hasText(LocalDate.now(clock).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            assertThat(page.getByTestId("petition-deadline")).containsText("Trong hạn");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("petitions-detail-accepted"))
                    .setFullPage(true));

            page.getByTestId("petition-step-reply").click();
            page.getByTestId("petition-reply-text")
                    .fill("Chi bộ đã xem xét lại đúng quy trình; trả lời ông Trần Văn Dân.");
            page.getByTestId("petition-reply-save").click();
            assertThat(page.getByTestId("petition-state")).hasText("Đã giải quyết");
            assertThat(page.getByTestId("petition-timeline")).containsText("Trả lời, kết thúc");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("petitions-detail-replied"))
                    .setFullPage(true));

            page.navigate(url("/petitions"));
            loaded(page.getByTestId("petition-table"));
            assertThat(page.getByTestId("petition-table")).containsText("Đơn cũ chưa giải quyết");
            assertThat(page.locator("[data-testid^='petition-deadline-']").first())
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("petitions-inbox"))
                    .setFullPage(true));
            page.getByTestId("petition-tab-ageing").click();
            loaded(page.getByTestId("petition-ageing-chart"));
            assertThat(page.getByTestId("petition-ageing-chart")).isVisible();
            assertThat(page.getByTestId("petition-ageing-table")).containsText(unitName(child));
            assertThat(page.getByTestId("petition-ageing-table")).containsText("Trên 20 năm");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("petitions-ageing"))
                    .setFullPage(true));
            page.getByTestId("petition-tab-reception").click();
            assertThat(page.getByTestId("petition-reception-form")).isVisible();

            page.setViewportSize(390, 844);
            page.navigate(detailUrl);
            loaded(page.getByTestId("petition-timeline"));
            assertThat(page.getByTestId("petition-timeline")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("petitions-detail-390"))
                    .setFullPage(true));
        }
        UUID id = UUID.fromString(detailUrl.substring(detailUrl.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT state FROM petition WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("SETTLED");
    }

    /** Waits for a page's lazily loaded part: the two shared cores of a test run can take longer than 5 s. */
    private static void loaded(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }

    private long clerkRoot() {
        return jdbc.sql("""
                        SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                         WHERE a.username = 'tiepdan' AND r.role = 'PETITION_STAFF'""").query(Long.class).single();
    }

    private String unitName(long id) {
        return jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
