package vn.dangvu.inspection.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * A case from decision to discipline to appeal in a real browser (REGULATIONS §10), as the demo's inspection log-in
 * {@code kiemtra}: the case (opened and taken to its draft conclusion through the API) is concluded on its file, a
 * discipline for a violation out of its limitation period is refused with the rule shown, the expulsion is decided,
 * an appeal is filed and annulled, and membership is restored. Screenshots (desktop and 390 px) go to
 * {@code target/screenshots/}.
 */
class InspectionBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void aCaseGoesFromDecisionToDisciplineToAppeal() {
        ApiClient kiemtra = loggedIn("kiemtra");
        UUID member = arrive();
        String id = kiemtra.post(
                        "/api/v1/inspection-cases",
                        "{\"commissionUnitId\":" + staffScopeRoot() + ",\"type\":\"INSPECTION_SIGNS_OF_VIOLATION\","
                                + "\"subjectKind\":\"MEMBER\",\"subjectMemberId\":\"" + member + "\","
                                + "\"title\":\"Kiểm tra dấu hiệu vi phạm của đồng chí Ngô Văn Trình\","
                                + "\"content\":\"Việc kê khai tài sản, thu nhập năm 2025\"}")
                .json()
                .path("id")
                .asString();
        String[][] steps = {
            {"DECISION", "2026-01-05", "Quyết định kiểm tra số 15-QĐ/UBKT"},
            {"NOTIFICATION", "2026-01-06", "Thông báo tại cuộc họp chi bộ"},
            {"SELF_REPORT", "2026-01-12", "Đảng viên nộp báo cáo giải trình"},
            {"VERIFICATION", "2026-01-20", "Xác minh tại cơ quan"},
            {"DRAFT_CONCLUSION", "2026-02-02", "Dự thảo báo cáo kết quả"}
        };
        for (int i = 0; i < steps.length; i++) {
            ApiClient.Response r = kiemtra.post(
                    "/api/v1/inspection-cases/" + id + "/steps",
                    "{\"step\":\"" + steps[i][0] + "\",\"doneOn\":\"" + steps[i][1] + "\",\"note\":\"" + steps[i][2]
                            + "\",\"version\":" + i + "}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }

        for (Viewport viewport : Viewport.values()) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setLocale("vi-VN")
                    .setTimezoneId("Asia/Ho_Chi_Minh")
                    .setViewportSize(viewport.width, 900));
            context.setDefaultTimeout(15_000);
            try (context) {
                Page page = BrowserSteps.login(context, port, "kiemtra");
                if (viewport == Viewport.DESKTOP) {
                    page.getByTestId("menu-inspection").click();
                } else {
                    page.navigate(url("/inspection"));
                }
                assertThat(page.getByTestId("case-link-" + id)).isVisible();
                shot(page, "inspection-list", viewport);
                if (viewport == Viewport.PHONE) {
                    page.getByTestId("case-link-" + id).click();
                    assertThat(page.getByTestId("case-timeline")).containsText("Dự thảo kết luận");
                    shot(page, "inspection-case", viewport);
                    continue;
                }
                page.getByTestId("case-link-" + id).click();
                assertThat(page.getByTestId("case-timeline")).containsText("Dự thảo kết luận");
                BrowserSteps.date(page, "step-done-on", "10/02/2026");
                page.locator("[data-testid='step-finding'] input[type='radio']")
                        .first()
                        .check();
                BrowserSteps.pick(page, "step-categories", "Công tác cán bộ");
                page.keyboard().press("Escape");
                page.getByTestId("step-conclusion").fill("Đồng chí kê khai không trung thực, vi phạm công tác cán bộ.");
                page.getByTestId("step-save").click();
                assertThat(page.getByTestId("case-conclusion")).containsText("Có vi phạm");
                shot(page, "inspection-concluded", viewport);

                page.getByTestId("discipline-decide").click();
                BrowserSteps.pick(page, "discipline-form-select", "Khiển trách");
                page.getByTestId("discipline-body").fill("Ủy ban Kiểm tra Đảng ủy");
                page.getByTestId("discipline-number").fill("21-QĐ/UBKT");
                BrowserSteps.date(page, "discipline-decided-on", "20/02/2026");
                page.getByTestId("discipline-reason").fill("Kê khai không trung thực");
                BrowserSteps.date(page, "violation-date-0", "01/01/2019");
                page.getByTestId("discipline-save").click();
                assertThat(page.getByTestId("discipline-refusal")).containsText("đã hết thời hiệu");
                assertThat(page.getByTestId("discipline-refusal-rule")).hasText("Căn cứ: QĐ 69-QĐ/TW, Điều 4");
                page.getByTestId("discipline-refusal").scrollIntoViewIfNeeded();
                page.screenshot(
                        new Page.ScreenshotOptions().setPath(Browsers.screenshot("inspection-discipline-refused")));

                BrowserSteps.date(page, "violation-date-0", "01/06/2024");
                BrowserSteps.pick(page, "discipline-form-select", "Khai trừ");
                page.getByTestId("discipline-save").click();
                assertThat(page.getByTestId("decision-state")).hasText("Đang có hiệu lực");
                assertThat(page.getByTestId("effect-MEMBERSHIP_ENDED")).isVisible();
                shot(page, "inspection-discipline", viewport);

                page.getByTestId("appeal-file").click();
                BrowserSteps.date(page, "appeal-filed-on", "25/02/2026");
                page.getByTestId("appeal-body").fill("Ban Thường vụ Đảng ủy");
                page.getByTestId("appeal-grounds").fill("Tài sản đã được kê khai bổ sung đúng hạn.");
                page.getByTestId("appeal-save").click();
                assertThat(page.getByTestId("appeal-list")).containsText("Đang giải quyết");
                BrowserSteps.pick(page, "appeal-outcome-select", "Xóa bỏ quyết định");
                BrowserSteps.date(page, "appeal-decided-on", "28/02/2026");
                page.getByTestId("appeal-note").fill("Chưa đủ căn cứ kết luận vi phạm.");
                page.getByTestId("appeal-outcome-save").click();
                assertThat(page.getByTestId("decision-state")).hasText("Đã xóa bỏ");
                assertThat(page.getByTestId("effect-MEMBERSHIP_RESTORED")).isVisible();
                shot(page, "inspection-appeal-annulled", viewport);
            }
        }
        assertThat(jdbc.sql("SELECT status FROM member WHERE id = :id")
                        .param("id", member)
                        .query(String.class)
                        .single())
                .isEqualTo("OFFICIAL");
    }

    private enum Viewport {
        DESKTOP(1366),
        PHONE(390);

        final int width;

        Viewport(int width) {
            this.width = width;
        }
    }

    private UUID arrive() {
        long cell = jdbc.sql("""
                        SELECT id FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL') AND state = 'ACTIVE'
                           AND path LIKE :p AND id <> :cell ORDER BY id LIMIT 1""")
                .param("p", pathOf(staffScopeRoot()) + "%")
                .param("cell", secretaryCell())
                .query(Long.class)
                .single();
        ApiClient.Response response = loggedIn("tochuc")
                .post(
                        "/api/v1/members",
                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell + ",\"fullName\":\"Ngô Văn Trình\","
                                + "\"sex\":\"M\",\"birthDate\":\"1978-04-04\",\"ethnicity\":\"KINH\","
                                + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                                + "\"admittedOn\":\"2010-05-19\",\"ceremonyDate\":\"2010-05-29\","
                                + "\"officialOn\":\"2011-05-29\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private static void shot(Page page, String name, Viewport viewport) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshot(name + (viewport == Viewport.PHONE ? "-390" : "")))
                .setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
