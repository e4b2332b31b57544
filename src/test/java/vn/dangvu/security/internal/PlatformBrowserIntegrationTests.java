package vn.dangvu.security.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.security.Accounts;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Browsers;
import vn.dangvu.support.PlatformTestBase;

/**
 * The platform in a real browser: each demo role logs in and sees its menu; the tree is browsed and searched; five
 * wrong passwords lock an account; TOTP is enrolled and used. Screenshots go to {@code target/screenshots/}.
 */
class PlatformBrowserIntegrationTests extends PlatformTestBase {

    private static final List<String> MENUS =
            List.of("home", "org", "members", "petitions", "me", "audit", "accounts", "holidays");
    private static final Map<String, Set<String>> MENUS_BY_LOGIN = Map.of(
            "admin", Set.of("home", "org", "me", "audit", "accounts", "holidays"),
            "bantochuc", Set.of("home", "org", "members", "me"),
            "vanphong", Set.of("home", "org", "me"),
            "thuongtruc", Set.of("home", "org", "members", "petitions", "me"),
            "tochuc", Set.of("home", "org", "members", "me"),
            "kiemtra", Set.of("home", "org", "members", "me"),
            "tiepdan", Set.of("home", "org", "petitions", "me"),
            "bithu", Set.of("home", "org", "members", "me"),
            "member", Set.of("home", "me"));

    private static Browser browser;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void launch() {
        browser = Browsers.chromium();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"admin", "bantochuc", "vanphong", "thuongtruc", "tochuc", "kiemtra", "tiepdan", "bithu", "member"
            })
    void eachRoleSeesItsMenu(String who) {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            String username = "member".equals(who) ? plainMemberLogin() : who;
            logIn(page, username, "admin".equals(who) ? ADMIN_PASSWORD : DEMO_PASSWORD);
            assertThat(page.getByTestId("welcome")).isVisible();
            for (String menu : MENUS) {
                Locator item = page.getByTestId("menu-" + menu);
                if (MENUS_BY_LOGIN.get(who).contains(menu)) {
                    assertThat(item).isVisible();
                } else {
                    assertThat(item).hasCount(0);
                }
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("menu-" + who))
                    .setFullPage(true));
        }
    }

    @Test
    void browseAndSearchTheTree() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            logIn(page, "bantochuc", DEMO_PASSWORD);
            page.getByTestId("menu-org").click();
            assertThat(page.getByTestId("org-tree")).isVisible();
            long cell = secretaryCell();
            String name = jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                    .param("id", cell)
                    .query(String.class)
                    .single();
            fill(page.getByTestId("org-search"), vn.dangvu.shared.text.VietnameseText.searchKey(name));
            page.getByTestId("org-search-hit-" + cell).click();
            assertThat(page.getByTestId("org-detail-name")).hasText(name);
            assertThat(page.getByTestId("org-node-" + cell)).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("org-tree-search"))
                    .setFullPage(true));
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        String username = newStaffAccount("khoa-ui-");
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            for (int i = 1; i <= 5; i++) {
                page.getByTestId("login-username").fill(username);
                page.getByTestId("login-password").fill("sai-" + i);
                page.getByTestId("login-submit").click();
                assertThat(page.getByTestId("login-error")).isVisible();
            }
            assertThat(page.getByTestId("login-error")).containsText("khóa");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("login-locked"))
                    .setFullPage(true));
        }
    }

    @Test
    void enrolTotpThenLogInWithIt() {
        String username = newStaffAccount("totp-ui-");
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            logIn(page, username, DEMO_PASSWORD);
            page.getByTestId("menu-me").click();
            page.getByTestId("totp-enable").click();
            assertThat(page.getByTestId("totp-qr")).isVisible();
            String secret = page.getByTestId("totp-secret").innerText().replaceAll("\\s", "");
            fill(page.getByTestId("totp-enrol-code"), code(secret));
            page.getByTestId("totp-enrol-submit").click();
            assertThat(page.getByTestId("recovery-codes")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("totp-recovery-codes"))
                    .setFullPage(true));
            page.getByTestId("recovery-finish").click();
            page.getByTestId("logout").click();

            clock.advance(Duration.ofSeconds(30));
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill(username);
            page.getByTestId("login-password").fill(DEMO_PASSWORD);
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("totp-code").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("login-totp-step"))
                    .setFullPage(true));
            fill(page.getByTestId("totp-code"), code(secret));
            page.getByTestId("totp-submit").click();
            assertThat(page.getByTestId("welcome")).isVisible();
        }
    }

    @Test
    void worksOnA360PixelPhone() {
        try (BrowserContext context = withTimeout(browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("phone-login"))
                    .setFullPage(true));
            logIn(page, "bithu", DEMO_PASSWORD);
            assertThat(page.getByTestId("welcome")).isVisible();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("no horizontal scrolling at 360 px").isEqualTo(false);
            page.getByTestId("menu-toggle").click();
            assertThat(page.getByTestId("menu-org")).isVisible();
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshot("phone-menu"))
                    .setFullPage(true));
        }
    }

    @Test
    void unknownPagesShowTheNotFoundPage() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            logIn(page, "vanphong", DEMO_PASSWORD);
            page.navigate(url("/khong-co-trang-nay"));
            assertThat(page.getByTestId("not-found-home")).isVisible();
        }
    }

    private BrowserContext desktop() {
        return withTimeout(browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1280, 800)));
    }

    private static BrowserContext withTimeout(BrowserContext context) {
        context.setDefaultTimeout(10_000);
        return context;
    }

    private void logIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(password);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("welcome")).isVisible();
    }

    /** Fills the input that carries the test id, or the input inside the element that carries it. */
    private static void fill(Locator target, String text) {
        Locator first = target.first();
        boolean isInput = "INPUT".equals(first.evaluate("e => e.tagName"));
        (isInput ? first : first.locator("input").first()).fill(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String code(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    private String newStaffAccount(String prefix) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 6);
        long root = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL")
                .query(Long.class)
                .single();
        accounts.open(
                username,
                null,
                "Cán bộ thử nghiệm",
                accounts.hashPassword(DEMO_PASSWORD),
                List.of(new Accounts.Grant(Role.CITY_OFFICE, root)));
        return username;
    }

    static {
        assertThat(MENUS_BY_LOGIN).hasSize(9);
    }
}
