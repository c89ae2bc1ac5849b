package org.sourcewise.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestClockConfig;
import org.sourcewise.quizzes.EssayAttempts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A record that does not exist and a record that is not the viewer's show the same page, inside the
 * app's frame, with HTTP 404 and no exception text, so that trying ids tells nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class PageNotFoundInBrowserIT extends BrowserTest {

    @Autowired
    EssayAttempts essays;

    private Page login(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    private String open(Page page, String path) {
        Response response = page.navigate("http://localhost:" + port + "/" + path);
        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your home page"))).isVisible();
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContainIgnoringCase("exception").doesNotContain("belongs to").doesNotContain("no such");
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void another_students_attempt_a_missing_one_and_an_unknown_path_look_the_same() {
        EssayAttempts.EssayAttempt theirs = essays.create();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "student", "demo-student");

            String notMine = open(page, "review/" + theirs.attemptId());
            shot(page, "page-not-found");
            String missing = open(page, "review/" + (theirs.attemptId() + 1_000_000));
            String unknown = open(page, "no-such-page");

            assertThat(missing).isEqualTo(notMine);
            assertThat(unknown).isEqualTo(notMine);
            assertThat(page.locator(".navbar-right")).containsText("Log out");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your home page")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/student$"));
        }
    }
}
