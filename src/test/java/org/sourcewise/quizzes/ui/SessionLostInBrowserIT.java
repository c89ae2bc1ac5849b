package org.sourcewise.quizzes.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A student whose session is lost mid-quiz (as after a server restart: the browser's session cookie
 * means nothing any more) is told on the login page that the answers are kept, and after logging in
 * is back at the same attempt and question.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionLostInBrowserIT extends BrowserTest {

    @Autowired
    TestUsers users;

    @Test
    void after_a_lost_session_the_login_says_so_and_leads_back_to_the_same_question() {
        String student = users.newDemoStudent();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Username").fill(student);
            page.getByLabel("Password").first().fill("test-password-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.getByText("Checkpoint 1: Moscow's lifelines to Pyongyang").click();
            page.locator("#start-attempt").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(page).hasURL(Pattern.compile(".*/attempt/\\d+\\?q=2$"));
            String attempt = page.url().replaceFirst("^https?://[^/]+", "");

            // what a restart does to the browser's session: it still sends its cookie, which the server
            // no longer knows (clearing the cookie instead would show Vaadin's "cookies disabled")
            var session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
            context.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("JSESSIONID", "UNKNOWN0SESSION0AFTER0RESTART")
                    .setDomain(session.domain).setPath(session.path)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();

            assertThat(page).hasURL(Pattern.compile(".*/login$"), new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions()
                    .setTimeout(20_000));
            assertThat(page.locator(".resume-note")).containsText("Your saved answers are kept");
            shot(page, "login-after-lost-session");
            page.getByLabel("Username").fill(student);
            page.getByLabel("Password").first().fill("test-password-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

            // Spring's request cache adds "continue" to the address it returns to
            // (Playwright hands the pattern to the browser, whose regular expressions know no \\Q...\\E)
            assertThat(page).hasURL(Pattern.compile(".*" + attempt.replace("?", "\\?") + "(&continue)?$"));
            assertThat(page.locator(".question-number")).containsText("Question 2 of 10");
        }
    }
}
