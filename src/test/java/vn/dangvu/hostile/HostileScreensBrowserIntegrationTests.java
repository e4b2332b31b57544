package vn.dangvu.hostile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.BrowserSteps;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * Hostile text on the screens (issue 10 point 3): a member named with markup and decomposed Vietnamese, a document
 * and a meeting titled with a script tag and a very long unbroken string are shown in the member list, the member
 * page, the document list and the meeting page. No dialog opens (markup is shown, never run), the text is visible as
 * typed, and no page grows wider than the window. Screenshots go to {@code target/screenshots/hostile-*.png}.
 */
class HostileScreensBrowserIntegrationTests extends PlatformTestBase {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String LONG = "Đảngviên".repeat(30);
    private static final String NAME = Normalizer.normalize("Nguyễn Thị Hồng Đức", Normalizer.Form.NFD);

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @Test
    void hostileTextIsShownLiterallyAndKeepsThePagesInTheirWidth() {
        long cell = secretaryCell();
        ApiClient bithu = loggedIn("bithu");
        ApiClient.Response member = bithu.post(
                "/api/v1/members",
                "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + cell + ",\"fullName\":" + ApiClient.quote(MARKUP + NAME)
                        + ",\"sex\":\"F\",\"birthDate\":\"1990-01-01\",\"ethnicity\":\"KINH\","
                        + "\"effectiveDate\":\"2026-01-05\"}");
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        ApiClient.Response meeting = bithu.post(
                "/api/v1/meetings",
                "{\"orgUnitId\":" + cell + ",\"kind\":\"THEMATIC\",\"title\":" + ApiClient.quote(SCRIPT + LONG)
                        + ",\"plannedStart\":\"2026-03-20T12:00:00Z\",\"place\":" + ApiClient.quote(MARKUP) + "}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        ApiClient vanphong = loggedIn("vanphong");
        ApiClient.Response document = vanphong.post(
                "/api/v1/documents",
                "{\"orgUnitId\":" + cityRoot() + ",\"type\":\"HD\",\"issuerCode\":\"ĐU\",\"title\":"
                        + ApiClient.quote(SCRIPT + LONG) + ",\"confidentiality\":\"PUBLIC\","
                        + "\"scope\":[{\"kind\":\"CITY\"}]}");
        assertThat(document.status()).as(document.body()).isEqualTo(201);

        String memberId = member.json().path("id").asString();
        String shownName = Normalizer.normalize(MARKUP + NAME, Normalizer.Form.NFC);
        List<String> dialogs = new ArrayList<>();
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"))) {
            context.onPage(page -> page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            }));
            Page page = BrowserSteps.login(context, port, "bithu");
            visit(page, "/members", "hostile-member-list", shownName);
            visit(page, "/members/" + memberId, "hostile-member", shownName);
            visit(page, "/meetings/" + meeting.json().path("id").asString(), "hostile-meeting", SCRIPT);
            page.close();
            Page office = BrowserSteps.login(context, port, "vanphong");
            visit(office, "/documents", "hostile-documents", SCRIPT);
        }
        assertThat(dialogs).as("dialogs opened by stored text").isEmpty();
    }

    private void visit(Page page, String path, String screenshot, String text) {
        page.navigate("http://localhost:" + port + path);
        assertThat(page.getByText(text, new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshot(screenshot))
                .setFullPage(true));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow of " + path + " in pixels")
                .isLessThanOrEqualTo(2);
    }
}
