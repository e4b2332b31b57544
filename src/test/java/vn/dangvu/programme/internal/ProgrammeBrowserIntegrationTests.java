package vn.dangvu.programme.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The organisation staff of a commune in a real browser open the city's programme (issued through the API first),
 * report an indicator with its evidence, look at its values over time, complete a task and generate the mid-term
 * review. Screenshots go to {@code target/screenshots/}.
 */
class ProgrammeBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void aCommuneReportsAnIndicatorCompletesATaskAndTheReviewCountsThem() {
        long commune = staffScopeRoot();
        long city = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        ApiClient office = loggedIn("vanphong");
        String code = vn.dangvu.support.TestCodes.next() + "-CTr/TU";
        ApiClient.Response created = office.post(
                "/api/v1/programmes",
                "{\"issuingUnitId\":" + city + ",\"code\":\"" + code + "\",\"title\":\"Nâng cao chất lượng"
                        + " sinh hoạt chi bộ\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2030-12-31\","
                        + "\"committee\":[{\"fullName\":\"Nguyễn Văn Thành\",\"role\":\"HEAD\","
                        + "\"position\":\"Phó Bí thư Thường trực Thành ủy\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(office.post(
                                "/api/v1/programmes/" + id + "/indicators",
                                "{\"name\":\"Tỷ lệ chi bộ sinh hoạt định kỳ đúng quy định\",\"unit\":\"%\","
                                        + "\"baseline\":80,\"target\":95,\"direction\":\"AT_LEAST\","
                                        + "\"reporting\":\"QUARTER\",\"responsibleUnitId\":" + commune + "}")
                        .status())
                .isEqualTo(201);
        assertThat(office.post(
                                "/api/v1/programmes/" + id + "/tasks",
                                "{\"title\":\"Ban hành hướng dẫn sinh hoạt chuyên đề\",\"ownerUnitId\":" + commune
                                        + ",\"ownerPerson\":\"Đồng chí Bí thư Đảng ủy\",\"deadline\":\"2026-06-30\"}")
                        .status())
                .isEqualTo(201);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("tochuc");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();

            page.getByTestId("menu-programmes").click();
            loaded(page.getByTestId("programme-open-" + code));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("programmes-list"))
                    .setFullPage(true));
            page.getByTestId("programme-open-" + code).click();
            loaded(page.getByTestId("indicator-board"));
            assertThat(page.getByTestId("indicator-status-1")).hasText("Chưa báo cáo");

            page.getByTestId("indicator-report-1").click();
            page.getByTestId("report-value").fill("90");
            page.getByTestId("report-evidence").fill("Báo cáo 15-BC/ĐU ngày 28/02/2026");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("programmes-report-form")));
            page.getByTestId("indicator-report-submit").click();
            assertThat(page.getByTestId("indicator-status-1")).hasText("Đúng tiến độ");
            assertThat(page.getByTestId("indicator-value-1")).containsText("90 %");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("programmes-indicator-board"))
                    .setFullPage(true));
            page.getByTestId("indicator-history-1").click();
            loaded(page.getByTestId("indicator-chart"));
            assertThat(page.locator(".ant-drawer")).containsText("Báo cáo 15-BC/ĐU");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("programmes-indicator-chart")));
            page.locator(".ant-drawer-close").click();

            page.getByTestId("programme-tab-tasks").click();
            assertThat(page.getByTestId("task-status-1")).hasText("Chưa triển khai");
            page.getByTestId("task-report-1").click();
            page.getByTestId("task-complete").click();
            page.getByTestId("task-evidence").fill("Hướng dẫn số 05-HD/ĐU");
            page.getByTestId("task-report-submit").click();
            assertThat(page.getByTestId("task-status-1")).hasText("Đã hoàn thành");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("programmes-task-board"))
                    .setFullPage(true));

            page.getByTestId("programme-tab-review").click();
            page.getByTestId("review-generate").click();
            loaded(page.getByTestId("programme-review"));
            assertThat(page.getByTestId("review-sentence-1"))
                    .hasText("Đến nay đã có 0/1 chỉ tiêu cơ bản đạt, 1 chỉ tiêu đang thực hiện đúng tiến độ.");
            assertThat(page.getByTestId("review-sentence-2")).hasText("1/1 nhiệm vụ đã hoàn thành.");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("programmes-review"))
                    .setFullPage(true));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM programme_task_report r JOIN programme_task t ON t.id = r.task_id"
                                + " WHERE t.programme_id = :p AND r.progress = 100")
                        .param("p", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theCityRevisesItsProgrammeAndACommuneAdoptsItWithItsOwnTargetAndTask() {
        long commune = staffScopeRoot();
        String communeName = jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", commune)
                .query(String.class)
                .single();
        long city = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        ApiClient office = loggedIn("vanphong");
        String code = vn.dangvu.support.TestCodes.next() + "-CTr/TU";
        ApiClient.Response created = office.post(
                "/api/v1/programmes",
                "{\"issuingUnitId\":" + city + ",\"code\":\"" + code + "\",\"title\":\"Phát triển đảng viên"
                        + " trong khu dân cư\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2030-12-31\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(office.post(
                                "/api/v1/programmes/" + id + "/indicators",
                                "{\"name\":\"Số đảng viên mới kết nạp\",\"unit\":\"đảng viên\","
                                        + "\"baseline\":0,\"target\":500,\"direction\":\"AT_LEAST\","
                                        + "\"reporting\":\"YEAR\",\"responsibleUnitId\":" + city + "}")
                        .status())
                .isEqualTo(201);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        context.setDefaultTimeout(15_000);
        try (context) {
            Page page = BrowserSteps.login(context, port, "vanphong");
            page.navigate(url("/programmes/" + id));
            loaded(page.getByTestId("indicator-board"));
            page.getByTestId("programme-revise").click();
            page.getByTestId("programme-revise-title").fill("Phát triển đảng viên trong khu dân cư và doanh nghiệp");
            page.getByTestId("programme-revise-add-seat").click();
            page.getByTestId("programme-revise-seat-0").fill("Lê Thị Hạnh");
            page.getByTestId("programme-revise-add-document").click();
            page.getByTestId("programme-revise-document-0").fill("Nghị quyết Đại hội XVIII Đảng bộ thành phố");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("programmes-revise")));
            page.getByTestId("programme-revise-submit").click();
            assertThat(page.locator(".page-title")).containsText("doanh nghiệp");
            assertThat(page.getByText("Lê Thị Hạnh")).isVisible();

            page.getByTestId("indicator-1-edit").click();
            page.getByTestId("indicator-add-target").fill("600");
            page.getByTestId("indicator-add-submit").click();
            assertThat(page.getByTestId("indicator-board")).containsText("600");

            ApiClient.Response meanwhile = office.method(
                    "PUT",
                    "/api/v1/programmes/" + id,
                    "application/json",
                    "{\"code\":\"" + code + "\",\"title\":\"Phát triển đảng viên\",\"periodFrom\":\"2026-01-01\","
                            + "\"periodTo\":\"2030-12-31\",\"version\":1}");
            assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(200);
            page.getByTestId("programme-revise").click();
            page.getByTestId("programme-revise-goals").fill("Mỗi chi bộ kết nạp ít nhất 1 đảng viên mỗi năm");
            page.getByTestId("programme-revise-submit").click();
            assertThat(page.locator(".ant-modal").getByText("Dữ liệu đã bị người khác thay đổi"))
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("programmes-revise-stale")));
        }

        BrowserContext commune2 = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1366, 900));
        commune2.setDefaultTimeout(15_000);
        try (commune2) {
            Page page = BrowserSteps.login(commune2, port, "tochuc");
            page.navigate(url("/programmes/" + id));
            loaded(page.getByTestId("indicator-board"));
            page.getByTestId("programme-adopt").click();
            page.getByTestId("programme-adopt-unit").click();
            page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper")
                    .filter(new Locator.FilterOptions().setHasText(communeName))
                    .first()
                    .click();
            String childCode = vn.dangvu.support.TestCodes.next() + "-CTr/ĐU";
            page.getByTestId("programme-adopt-code").fill(childCode);
            page.getByTestId("programme-adopt-target-1").fill("45");
            page.getByTestId("programme-adopt-add-task").click();
            page.getByTestId("programme-adopt-task-title-0").fill("Rà soát quần chúng ưu tú ở các tổ dân phố");
            // the unit picker's dropdown may still be closing: wait for it, then pick in the task's own dropdown
            assertThat(page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)"))
                    .hasCount(0);
            page.getByTestId("programme-adopt-task-unit-0").click();
            page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper")
                    .filter(new Locator.FilterOptions().setHasText(communeName))
                    .last()
                    .click();
            page.locator(".ant-modal-title").click();
            page.locator("[data-testid='programme-adopt-task-deadline-0']").click();
            page.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-cell-in-view")
                    .nth(27)
                    .click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("programmes-adopt")));
            page.getByTestId("programme-adopt-submit").click();
            assertThat(page.getByTestId("indicator-board")).containsText("45");
            page.getByTestId("programme-tab-tasks").click();
            assertThat(page.getByTestId("task-board")).containsText("Rà soát quần chúng ưu tú");
            page.getByTestId("programme-tab-indicators").click();
            page.getByTestId("indicator-1-edit").click();
            page.getByTestId("indicator-add-target").fill("50");
            page.getByTestId("indicator-add-submit").click();
            assertThat(page.getByTestId("indicator-board")).containsText("50");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("programmes-adopted"))
                    .setFullPage(true));
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("programmes-adopted-390"))
                    .setFullPage(true));
        }
    }

    /** Waits for a page's lazily loaded part: the two shared cores of a test run can take longer than 5 s. */
    private static void loaded(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
