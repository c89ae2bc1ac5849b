package org.sourcewise.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Lumo's dark theme (issue 18): it follows the system's setting until the user chooses with the switch
 * in the main layout; the choice is kept on the user, so another browser (another device) gets it, and
 * the page arrives already in it, before any script runs (no flash of the light theme).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ColourSchemeInBrowserIT extends BrowserTest {

    @Autowired
    TestUsers users;

    private BrowserContext device(ColorScheme system) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setColorScheme(system));
    }

    private Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill("test-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    private static void choose(Page page, String choice) {
        page.locator("#theme-switch vaadin-menu-bar-button:not([slot=overflow])").click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(choice)).click();
    }

    /** The page's colours as Lumo draws them: dark when its background's relative luminance is under 0.2. */
    private static boolean isDark(Page page) {
        return org.sourcewise.BrowserSupport.isDark(page);
    }

    @Test
    void a_visitor_gets_the_theme_their_system_prefers() {
        try (BrowserContext light = device(ColorScheme.LIGHT); BrowserContext dark = device(ColorScheme.DARK)) {
            Page onLight = light.newPage();
            onLight.navigate("http://localhost:" + port + "/login");
            Page onDark = dark.newPage();
            onDark.navigate("http://localhost:" + port + "/login");
            onDark.locator("h1").first().waitFor();
            onLight.locator("h1").first().waitFor();

            assertThat(isDark(onLight)).as("the login page on a light system").isFalse();
            assertThat(isDark(onDark)).as("the login page on a dark system").isTrue();
            shot(onDark, "theme-dark-login");
        }
    }

    @Test
    void a_users_choice_of_dark_follows_them_to_another_device_and_is_in_the_page_as_served() {
        String student = users.newDemoStudent();
        try (BrowserContext laptop = device(ColorScheme.LIGHT)) {
            Page page = logIn(laptop, student);
            assertThat(isDark(page)).as("before any choice, on a light system").isFalse();
            assertThat(page.locator("#theme-switch vaadin-menu-bar-button:not([slot=overflow])")).hasAccessibleName(java.util.regex.Pattern.compile("Theme\\s*: follow the system"));

            choose(page, "Dark");

            page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
            assertThat(isDark(page)).as("at once, without a reload").isTrue();
            assertThat(page.locator("#theme-switch vaadin-menu-bar-button:not([slot=overflow])")).hasAccessibleName(java.util.regex.Pattern.compile("Theme\\s*: dark"));
            shot(page, "theme-dark-student-home");
        }
        try (BrowserContext phone = device(ColorScheme.LIGHT)) {
            Page page = logIn(phone, student);
            Response served = page.navigate("http://localhost:" + port + "/lessons");
            // in the HTML as the server sent it: the first paint is dark, before Vaadin's scripts run
            assertThat(served.text()).containsPattern("<html[^>]*\\btheme=\"dark\"");
            assertThat(isDark(page)).as("on another device, with a light system").isTrue();

            choose(page, "Follow the system");

            page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'light-dark'");
            assertThat(isDark(page)).as("back to the light system's theme").isFalse();
            assertThat(page.navigate("http://localhost:" + port + "/lessons").text()).doesNotContain("theme=\"dark\"");
        }
    }
}
