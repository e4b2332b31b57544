package vn.dangvu.election.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PdfText;

/**
 * An election of the demo cell in a real browser: the organisation staff adopt the list in the wizard (the checks
 * shown with their rule), open and close the vote; the demo secretary, on the counting committee, enters ballot 1 from
 * the keyboard on the entry screen (the demo member's entries come through the API); the staff announce the result,
 * see the large-screen results and download the vote-counting minutes. Screenshots at desktop and 390 px go to {@code
 * target/screenshots/}.
 */
class ElectionBrowserIntegrationTests extends ElectionTestBase {

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void fromTheWizardToTheMinutes() {
        ApiClient tochuc = loggedIn("tochuc");
        JsonNode e = create(tochuc, secretaryCell(), "EXECUTIVE_COMMITTEE", 3);
        String id = e.path("id").asString();
        e = putRoll(tochuc, id, e.path("version").asLong());
        putCandidates(tochuc, id, e.path("version").asLong(), java.util.List.of("A", "B", "C", "D"), null);
        String[] ballots = {"KKKS", "KKKS", "KSKS", "KSKS", "KSKK", "KSKK", "SKKS", "SKKS", "SKSS", "KKKK"};

        try (BrowserContext staff = context(1366)) {
            Page page = BrowserSteps.login(staff, port, "tochuc");
            page.navigate(url("/elections/" + id));
            loaded(page.getByTestId("election-check-election.surplus.convening"));
            assertThat(page.getByTestId("election-check-election.surplus.max")).containsText("Điều 14");
            assertThat(page.getByTestId("election-summary")).containsText("Tổng số tính làm căn cứ: 10");
            page.screenshot(shot("election-wizard-draft"));
            page.getByTestId("election-adopt").click();
            assertThat(page.getByTestId("election-state")).hasText("Đã thông qua danh sách");
            number(page, "election-issued", "10");
            page.getByTestId("election-open-voting").click();
            assertThat(page.getByTestId("election-state")).hasText("Đang bỏ phiếu");
            number(page, "election-returned", "10");
            page.getByTestId("election-close-voting").click();
            assertThat(page.getByTestId("election-state")).hasText("Đang kiểm phiếu");
        }

        ApiClient member = loggedIn(plainMemberLogin());
        for (int i = 0; i < ballots.length; i++) {
            assertThat(enter(member, id, i + 1, ballots[i]).status()).isEqualTo(200);
        }
        ApiClient secretary = loggedIn("bithu");
        for (int i = 1; i < ballots.length; i++) {
            assertThat(enter(secretary, id, i + 1, ballots[i]).status()).isEqualTo(200);
        }

        for (int width : new int[] {1366, 390}) {
            try (BrowserContext counter = context(width)) {
                Page page = BrowserSteps.login(counter, port, "bithu");
                page.navigate(url("/elections/" + id + "/count"));
                loaded(page.getByTestId("count-list"));
                assertThat(page.getByTestId("count-progress"))
                        .containsText(width == 1366 ? "Đã đối chiếu 9/10" : "Đã đối chiếu 10/10");
                page.screenshot(shot("election-count-" + width));
                if (width == 1366) {
                    page.getByTestId("count-list").focus();
                    page.keyboard().press("ArrowDown");
                    page.keyboard().press("ArrowDown");
                    page.keyboard().press("ArrowDown");
                    page.keyboard().press("Space");
                    assertThat(page.getByTestId("count-row-4")).hasClass(java.util.regex.Pattern.compile("struck"));
                    page.keyboard().press("Enter");
                    assertThat(page.getByText("Đã lưu phiếu số 1.")).isVisible();
                    assertThat(page.getByTestId("count-progress")).containsText("Đã đối chiếu 10/10");
                }
            }
        }

        try (BrowserContext staff = context(1366)) {
            Page page = BrowserSteps.login(staff, port, "tochuc");
            page.navigate(url("/elections/" + id));
            loaded(page.getByTestId("election-announce"));
            page.getByTestId("election-announce").click();
            assertThat(page.getByTestId("election-state")).hasText("Đã công bố kết quả");
            assertThat(page.getByTestId("election-result-3")).containsText("Trúng cử");
            page.screenshot(shot("election-wizard-minutes"));
            Download download = page.waitForDownload(
                    () -> page.getByTestId("election-minutes-pdf").click());
            String text = PdfText.of(download.path()).replaceAll("\\s+", " ");
            assertThat(text).contains("BIÊN BẢN KIỂM PHIẾU BẦU BAN CHẤP HÀNH", "Số phiếu hợp lệ: 9");
            page.navigate(url("/elections/" + id + "/results"));
            loaded(page.getByTestId("election-screen"));
            assertThat(page.getByTestId("election-result-3")).containsText("Ứng cử viên C8 · 80%");
            page.screenshot(shot("election-results-1366"));
            page.setViewportSize(390, 844);
            page.screenshot(shot("election-results-390"));
            page.navigate(url("/elections/" + id));
            loaded(page.getByTestId("election-state"));
            page.screenshot(shot("election-wizard-390"));
        }
    }

    @Test
    void aVoterVotesOnTheirPhone() {
        ApiClient tochuc = loggedIn("tochuc");
        JsonNode e = create(tochuc, secretaryCell(), "EXECUTIVE_COMMITTEE", 3);
        String id = e.path("id").asString();
        e = putRoll(tochuc, id, e.path("version").asLong());
        e = putCandidates(tochuc, id, e.path("version").asLong(), java.util.List.of("A", "B", "C", "D"), null);
        e = step(tochuc, id, "ADOPT_LIST", e.path("version").asLong(), "").json();
        JsonNode codes =
                tochuc.post("/api/v1/elections/" + id + "/voting-codes", "{}").json();
        String code = ElectionScenarios.codeOf(codes, "Đảng viên");
        step(tochuc, id, "OPEN_VOTING", e.path("version").asLong(), ",\"ballotsIssued\":10");

        try (BrowserContext phone = context(390)) {
            Page page = BrowserSteps.login(phone, port, plainMemberLogin());
            page.navigate(url("/elections/" + id + "/vote"));
            loaded(page.getByTestId("vote-token"));
            page.getByTestId("vote-token").fill(code);
            page.screenshot(shot("election-vote-token-390"));
            page.getByTestId("vote-next").click();
            page.getByTestId("vote-row-2").click();
            page.getByTestId("vote-review").click();
            page.screenshot(shot("election-vote-confirm-390"));
            page.getByTestId("vote-confirm").click();
            Locator receipt = page.getByTestId("vote-receipt");
            assertThat(receipt).isVisible();
            String text = receipt.innerText().strip();
            page.screenshot(shot("election-vote-receipt-390"));
            page.getByTestId("vote-check-code").fill(text);
            page.getByTestId("vote-check").click();
            assertThat(page.getByTestId("vote-check-result")).containsText("đã được tính");
        }
        assertThat(jdbc.sql("""
                        SELECT b.marks FROM election_evote b JOIN election_round r ON r.id = b.round_id
                         WHERE r.election_id = :e""")
                        .param("e", java.util.UUID.fromString(id))
                        .query(String.class)
                        .list())
                .containsExactly("KSKK");
    }

    private BrowserContext context(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(width, width < 500 ? 844 : 900));
        context.setDefaultTimeout(15_000);
        return context;
    }

    private static Page.ScreenshotOptions shot(String name) {
        return new Page.ScreenshotOptions().setPath(Browsers.screenshot(name)).setFullPage(true);
    }

    /** Types into an antd number input (the test id lands on the input or on its wrapper). */
    private static void number(Page page, String testId, String value) {
        page.locator("input[data-testid='" + testId + "'], [data-testid='" + testId + "'] input")
                .first()
                .fill(value);
    }

    private static void loaded(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
