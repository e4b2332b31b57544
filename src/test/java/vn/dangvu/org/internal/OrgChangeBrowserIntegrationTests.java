package vn.dangvu.org.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * Organisation staff merge a cell into another through the dialog in a real browser: the preview shows the members
 * that move and the size rule the result triggers, the merge is confirmed with its decision, and both units'
 * history shows it. Screenshots go to {@code target/screenshots/}.
 */
class OrgChangeBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void staffMergeACellThroughTheDialogAfterSeeingThePreview() {
        ApiClient api = loggedIn("tochuc");
        long committee = unitInside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        long absorbed = createCell(api, committee, "BROWSER.MERGE.A", "Chi bộ Khu tập thể Kim Mã");
        long survivor = createCell(api, committee, "BROWSER.MERGE.B", "Chi bộ Khu tập thể Giảng Võ");
        addMembers(absorbed, 2);
        addMembers(survivor, 7);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1440, 900))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("tochuc");
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();
            page.navigate(url("/org"));

            page.getByTestId("org-search").locator("input").first().fill("kim ma");
            page.getByTestId("org-search-hit-" + absorbed).click();
            assertThat(page.getByTestId("org-detail-name")).hasText("Chi bộ Khu tập thể Kim Mã");
            assertThat(page.getByTestId("size-warning-TOO_FEW_OFFICIAL")).isVisible();

            page.getByTestId("org-action-merge").click();
            Locator dialog = page.getByTestId("merge-dialog");
            assertThat(dialog).isVisible();
            page.getByTestId("merge-dialog-submit").click();
            assertThat(dialog.locator(".ant-form-item-explain-error").first()).isVisible();

            page.getByTestId("merge-target").click();
            List<Long> chain = Arrays.stream(pathOf(survivor).split("/"))
                    .filter(s -> !s.isEmpty())
                    .map(Long::valueOf)
                    .toList();
            for (long ancestor : chain.subList(chain.indexOf(staffScopeRoot()), chain.size() - 1)) {
                Locator node = treeNode(page, nameOf(ancestor));
                if ("false".equals(node.getAttribute("aria-expanded"))
                        || node.locator(".ant-select-tree-switcher_close").count() > 0) {
                    node.locator(".ant-select-tree-switcher").click();
                }
            }
            treeNode(page, "Chi bộ Khu tập thể Giảng Võ")
                    .locator(".ant-select-tree-title")
                    .click();
            page.getByTestId("merge-dialog-submit").click();

            Locator preview = page.getByTestId("change-preview");
            assertThat(preview).isVisible();
            assertThat(page.getByTestId("preview-members")).hasText("2");
            assertThat(preview.getByTestId("size-warning-ELECTS_CELL_COMMITTEE"))
                    .isVisible();
            assertThat(page.getByTestId("merge-dialog-submit")).containsText("Xác nhận");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("org-merge-preview"))
                    .setFullPage(true));

            page.getByTestId("decision-number").fill("215-QĐ/ĐU");
            date(page, "decision-date", "20/02/2026");
            page.getByTestId("decision-issuer").fill("Ban Thường vụ Đảng ủy phường");
            date(page, "decision-effective", "25/02/2026");
            page.getByTestId("merge-dialog-submit").click();

            assertThat(page.getByTestId("org-detail-name")).hasText("Chi bộ Khu tập thể Giảng Võ");
            assertThat(page.getByTestId("size-warning-ELECTS_CELL_COMMITTEE")).isVisible();
            page.getByTestId("org-tab-history").click();
            Locator merged = page.getByTestId("org-history-MERGED");
            assertThat(merged).containsText("Chi bộ Khu tập thể Kim Mã");
            assertThat(merged).containsText("215-QĐ/ĐU");
            assertThat(merged).containsText("2 đảng viên chuyển theo");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("org-merge-history"))
                    .setFullPage(true));
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT state FROM org_unit WHERE id = :id")
                        .param("id", absorbed)
                        .query(String.class)
                        .single())
                .isEqualTo("MERGED");
    }

    private static Locator treeNode(Page page, String name) {
        return page.locator(".ant-select-tree-treenode")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".ant-select-tree-title", new Page.LocatorOptions().setHasText(name))))
                .first();
    }

    private static void date(Page page, String testId, String value) {
        Locator target = page.getByTestId(testId);
        Locator input = "INPUT".equals(target.evaluate("e => e.tagName")) ? target : target.locator("input");
        input.click();
        page.keyboard().type(value);
        page.keyboard().press("Enter");
    }

    private String nameOf(long unit) {
        return jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", unit)
                .query(String.class)
                .single();
    }

    private long createCell(ApiClient api, long parent, String code, String name) {
        ApiClient.Response created = api.post(
                "/api/v1/org-units",
                "{\"parentId\":" + parent + ",\"kind\":\"CELL\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
        JsonNode body = created.json();
        return body.path("id").asLong();
    }

    private void addMembers(long cell, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                            INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date,
                                                ethnicity, status, admitted_on, version, created_at, updated_at)
                            VALUES (:id, :cell, 'Trần Thị Thử', 'tran thi thu', 'thu tran thi', 'F', :birth, 'KINH',
                                    'OFFICIAL', :admitted, 0, :now, :now)""")
                    .param("id", UUID.randomUUID())
                    .param("cell", cell)
                    .param("birth", LocalDate.of(1985, 3, 8))
                    .param("admitted", LocalDate.of(2012, 9, 2))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
