package vn.dangvu.inspection.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The summary report of inspection, supervision and discipline (issue 8 point 6) in a real browser, as the demo's
 * inspection log-in {@code kiemtra}: the menu opens the report of its commission over this year, the paragraph, the
 * figure cards, the charts and the table show, the PDF downloads. Screenshots (desktop and 390 px) go to
 * {@code target/screenshots/}.
 */
class InspectionSummaryBrowserIntegrationTests extends PlatformTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void theCommissionReadsItsSummaryAndDownloadsThePdf() throws Exception {
        ApiClient kiemtra = loggedIn("kiemtra");
        long commune = staffScopeRoot();
        UUID member = arrive("Đỗ Văn Báo Cáo");
        String signs = open(kiemtra, commune, "INSPECTION_SIGNS_OF_VIOLATION", "MEMBER", member);
        steps(kiemtra, signs, "2026-01-08", "2026-02-09", true);
        String supervision = open(kiemtra, commune, "SUPERVISION_THEMATIC", "MEMBER", arrive("Vũ Thị Giám Sát"));
        steps(kiemtra, supervision, "2026-01-15", "2026-02-11", false);
        ApiClient.Response decided = kiemtra.post(
                "/api/v1/discipline-decisions",
                InspectionScenarios.discipline(commune, signs, member, "WARNING", "2026-02-20", "2025-06-01", null));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);

        for (boolean phone : new boolean[] {false, true}) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setLocale("vi-VN")
                    .setTimezoneId("Asia/Ho_Chi_Minh")
                    .setAcceptDownloads(true)
                    .setViewportSize(phone ? 390 : 1366, 900));
            context.setDefaultTimeout(15_000);
            try (context) {
                Page page = BrowserSteps.login(context, port, "kiemtra");
                if (phone) {
                    page.navigate(url("/inspection/summary"));
                } else {
                    page.getByTestId("menu-inspection-summary").click();
                }
                assertThat(page.getByTestId("summary-paragraph")).containsText("kiểm tra khi có dấu hiệu vi phạm");
                assertThat(page.getByTestId("summary-paragraph"))
                        .containsText("Từ ngày 01/01/2026 đến ngày 01/03/2026");
                assertThat(page.getByTestId("summary-table")).containsText("Tổng cộng");
                assertThat(page.getByTestId("summary-chart-figures")).isVisible();
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Browsers.screenshot("inspection-summary" + (phone ? "-390" : "")))
                        .setFullPage(true));
                if (!phone) {
                    Download download = page.waitForDownload(
                            () -> page.getByTestId("summary-pdf").click());
                    assertThat(download.suggestedFilename())
                            .isEqualTo("bao-cao-kiem-tra-giam-sat-2026-01-01_2026-03-01.pdf");
                    byte[] pdf = Files.readAllBytes(download.path());
                    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                            .isEqualTo("%PDF-");
                }
            }
        }
    }

    private static String open(ApiClient client, long commission, String type, String kind, UUID member) {
        ApiClient.Response opened = client.post(
                "/api/v1/inspection-cases",
                "{\"commissionUnitId\":" + commission + ",\"type\":\"" + type + "\",\"subjectKind\":\"" + kind
                        + "\",\"subjectMemberId\":\"" + member + "\",\"title\":\"Hồ sơ cho báo cáo tổng hợp\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().path("id").asString();
    }

    private static void steps(ApiClient client, String caseId, String decidedOn, String concludedOn, boolean found) {
        String[] steps = {"DECISION", "NOTIFICATION", "SELF_REPORT", "VERIFICATION", "DRAFT_CONCLUSION", "CONCLUSION"};
        for (int i = 0; i < steps.length; i++) {
            String on = i == 0 ? decidedOn : concludedOn;
            String extra = i < steps.length - 1
                    ? ""
                    : found
                            ? ",\"violationFound\":true,\"categories\":[\"DUTIES_PUBLIC_SERVICE\"],\"conclusion\":\"Có vi phạm\""
                            : ",\"violationFound\":false,\"conclusion\":\"Không vi phạm\"";
            ApiClient.Response r = client.post(
                    "/api/v1/inspection-cases/" + caseId + "/steps",
                    "{\"step\":\"" + steps[i] + "\",\"doneOn\":\"" + on + "\",\"version\":" + i + extra + "}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    private UUID arrive(String name) {
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
                        "{\"entry\":\"TRANSFER_ARRIVAL\",\"orgUnitId\":" + cell + ",\"fullName\":\"" + name + "\","
                                + "\"sex\":\"M\",\"birthDate\":\"1978-04-04\",\"ethnicity\":\"KINH\","
                                + "\"effectiveDate\":\"2026-01-05\",\"statusOnArrival\":\"OFFICIAL\","
                                + "\"admittedOn\":\"2010-05-19\",\"ceremonyDate\":\"2010-05-29\","
                                + "\"officialOn\":\"2011-05-29\",\"origin\":\"Đảng bộ tỉnh Nam Định\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
