package vn.dangvu.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Chromium for the browser suites: Debian's {@code /usr/bin/chromium} (or {@code -Dchromium.path}) driven by
 * Playwright without downloading a browser of its own. Without Chromium, or without the built web app, the suite is
 * skipped with the reason printed, unless {@code -Ddangvu.require-browser=true} (set by {@code .ci/run}) makes that a
 * failure.
 */
public final class Browsers {

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {}

    public static synchronized Browser chromium() {
        if (browser != null) {
            return browser;
        }
        Path executable = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
        require(Files.isExecutable(executable), "Chromium not found at " + executable);
        require(
                Files.exists(Path.of("target/classes/static/index.html")),
                "the web app is not built (target/classes/static/index.html missing; built unless -Dskip.npm=true)");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            browser.close();
            playwright.close();
        }));
        return browser;
    }

    private static void require(boolean condition, String reason) {
        if (condition) {
            return;
        }
        if (Boolean.getBoolean("dangvu.require-browser")) {
            throw new IllegalStateException(reason + " (required by -Ddangvu.require-browser=true)");
        }
        System.out.println("SKIPPED browser suite: " + reason);
        Assumptions.abort(reason);
    }

    /** Where screenshots go; look at them. */
    public static Path screenshot(String name) {
        return Path.of("target/screenshots", name + ".png");
    }
}
