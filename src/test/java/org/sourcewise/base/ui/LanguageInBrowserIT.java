package org.sourcewise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two languages (issue 18): a page is in the browser's language when the app speaks it, the switch on
 * every page changes it at once, and a logged-in user's choice is kept on the account, so another
 * device gets it too. The page's {@code <html lang>} says which, for screen readers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageInBrowserIT extends BrowserTest {

    @Autowired
    TestUsers users;

    private BrowserContext device(String browserLanguage) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale(browserLanguage));
    }

    private Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/" + path);
        page.locator("#language-switch").waitFor();
        return page;
    }

    /** Logs in through the form by its fields, whatever language it is in. */
    private static void logIn(Page page, String username) {
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("test-password-1");
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        page.locator("vaadin-side-nav").waitFor();
        page.locator("#language-switch").waitFor();
    }

    private static void choose(Page page, String language) {
        page.locator("#language-switch vaadin-menu-bar-button:not([slot=overflow])").click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(language)).click();
        // the page is served again in the new language: wait for the new page's switch to name it
        page.waitForFunction("name => { const w = document.querySelector('#language-switch .language-switch-words');"
                + " return w && w.textContent === name; }", language);
        page.locator("vaadin-side-nav, vaadin-login-form").first().waitFor();
    }

    private static String lang(Page page) {
        return (String) page.evaluate("() => document.documentElement.lang");
    }

    private static String navigation(Page page) {
        return page.locator("vaadin-side-nav").innerText();
    }

    @Test
    void a_browser_that_prefers_german_gets_the_app_in_german() {
        String student = users.newDemoStudent();
        try (BrowserContext german = device("de-DE")) {
            Page page = open(german, "login");
            assertThat(lang(page)).isEqualTo("de-DE");
            logIn(page, student);
            assertThat(lang(page)).isEqualTo("de-DE");
            assertThat(navigation(page)).contains("Mein Lernen", "Lektionen", "Üben").doesNotContain("My learning");
            assertThat(page.locator("#logout").innerText()).isEqualTo("Abmelden");
            // what a student hears when the network drops, and Vaadin's own name for the menu button
            page.waitForFunction("() => window.Vaadin.connectionIndicator.onlineText === 'Verbunden'");
            assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.reconnectingText"))
                    .isEqualTo("Verbindung unterbrochen, neuer Versuch läuft…");
            assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.offlineText")).isEqualTo("Verbindung unterbrochen");
            assertThat(page.locator("vaadin-drawer-toggle").getAttribute("aria-label")).isEqualTo("Menü ein- oder ausblenden");
            // on a phone the drawer is a dialog, named in the page's language (Vaadin's own word is "Drawer")
            page.setViewportSize(320, 640);
            page.waitForFunction("() => document.querySelector('vaadin-app-layout').shadowRoot"
                    + ".querySelector('[part=drawer]').getAttribute('aria-label') === 'Menü'");
        }
    }

    @Test
    void a_browser_language_the_app_does_not_speak_gets_english() {
        try (BrowserContext french = device("fr-FR")) {
            assertThat(lang(open(french, "login"))).isEqualTo("en-GB");
        }
    }

    @Test
    void the_language_chosen_with_the_switch_follows_the_user_to_another_device() {
        String student = users.newDemoStudent();
        try (BrowserContext laptop = device("en-GB"); BrowserContext phone = device("en-US")) {
            Page page = open(laptop, "login");
            logIn(page, student);
            assertThat(lang(page)).isEqualTo("en-GB");
            assertThat(navigation(page)).contains("My learning");

            choose(page, "Deutsch");
            assertThat(navigation(page)).contains("Mein Lernen");
            page.navigate("http://localhost:" + port + "/lessons");
            page.locator("vaadin-side-nav").waitFor();
            assertThat(lang(page)).isEqualTo("de-DE");

            Page other = open(phone, "login");
            assertThat(lang(other)).as("a visitor's page is in the browser's language").isEqualTo("en-GB");
            logIn(other, student);
            assertThat(lang(other)).as("once logged in, the user's choice").isEqualTo("de-DE");
            assertThat(navigation(other)).contains("Mein Lernen");

            choose(other, "English");
            assertThat(navigation(other)).contains("My learning");
        }
    }

    @Test
    void a_visitor_can_choose_german_on_the_login_page_for_this_browser_only() {
        try (BrowserContext english = device("en-GB"); BrowserContext another = device("en-GB")) {
            Page page = open(english, "login");
            choose(page, "Deutsch");
            assertThat(lang(page)).isEqualTo("de-DE");
            page.reload();
            page.locator("#language-switch").waitFor();
            assertThat(lang(page)).as("kept for the session").isEqualTo("de-DE");
            assertThat(lang(open(another, "login"))).as("another browser is not affected").isEqualTo("en-GB");
        }
    }
}
