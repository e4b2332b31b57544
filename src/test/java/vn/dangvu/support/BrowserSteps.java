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

    /** Opens an antd select and clicks the option with this text; see {@link #search}. */
    public static void pick(Page page, String testId, String option) {
        search(page, testId, "", option);
    }

    /**
     * Opens an antd select, types {@code typed} (a search select asks the server), clicks the option with this text,
     * and checks that the select shows it: on a loaded machine a click can land while the list is still being drawn
     * and be lost, so the choice is made again (at most three times) rather than the form being saved without it.
     */
    public static void search(Page page, String testId, String typed, String option) {
        Locator select = page.getByTestId(testId);
        for (int attempt = 1; ; attempt++) {
            select.click();
            if (!typed.isEmpty()) {
                page.keyboard().press("ControlOrMeta+A"); // what a lost attempt left in the search box
                page.keyboard().type(typed);
            }
            page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option")
                    .filter(new Locator.FilterOptions().setHasText(option))
                    .first()
                    .click();
            try {
                assertThat(select)
                        .containsText(
                                option,
                                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                        .setTimeout(attempt < 3 ? 3_000 : 15_000));
                return;
            } catch (AssertionError lost) {
                if (attempt >= 3) {
                    throw lost;
                }
                page.keyboard().press("Escape");
            }
        }
    }
}
