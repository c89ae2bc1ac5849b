package org.sourcewise.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Idle sessions end although the open tab keeps sending Vaadin's heartbeat, while a student in a
 * timed attempt who only reads stays signed in. The session timeout is one minute here (Tomcat's
 * smallest), so the test waits a little over it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.servlet.session.timeout=1m", "vaadin.heartbeatInterval=10"})
@ActiveProfiles("test")
class IdleSessionInBrowserIT extends BrowserTest {

    private Page login(Browser.NewContextOptions options, String username, String password) {
        BrowserContext context = browser.newContext(options);
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    @Test
    void an_unattended_tab_signs_out_but_a_timed_attempt_being_read_does_not() {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(1280, 900);
        Page idle = login(options, "student", "demo-student");
        Page exam = login(options, "student2", "demo-student2");
        exam.getByText("Checkpoint 1: Moscow's lifelines to Pyongyang").first().click();
        exam.locator("#start-attempt").click();
        assertThat(exam.locator(".question-number")).isVisible();

        // both tabs stay open and untouched past the timeout; the heartbeat runs every 10 s
        idle.waitForTimeout(100_000);

        idle.getByText("Lessons").first().click();
        assertThat(idle).hasURL(Pattern.compile(".*/login$"), new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions()
                .setTimeout(20_000));
        exam.locator("#next").click();
        assertThat(exam).hasURL(Pattern.compile(".*/attempt/\\d+\\?q=2$"));
        assertThat(exam.locator(".question-number")).containsText("Question 2");
    }
}
