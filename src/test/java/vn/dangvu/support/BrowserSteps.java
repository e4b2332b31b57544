package vn.dangvu.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The steps browser tests share: logging in as a demo user, typing a date, picking an option of a select. */
public final class BrowserSteps {

    private BrowserSteps() {}

    /** Opens a page, logs in as the demo user {@code username} and waits for the welcome. */
    public static Page login(BrowserContext context, int port, String username) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(PlatformTestBase.DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("welcome")).isVisible();
        return page;
    }

    /**
     * Types a date into an antd date picker (dd/MM/yyyy) and confirms it with Enter, which also submits its form when
     * nothing required is left empty, as for a keyboard user.
     */
    public static void date(Page page, String testId, String value) {
        Locator input = page.locator("input[data-testid='" + testId + "'], [data-testid='" + testId + "'] input")
                .first();
        input.click();
        input.fill(value);
        page.keyboard().press("Enter");
    }

    /** Opens an antd select and clicks the option with this text. */
    public static void pick(Page page, String testId, String option) {
        page.getByTestId(testId).click();
        page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option")
                .filter(new Locator.FilterOptions().setHasText(option))
                .first()
                .click();
    }
}
