package org.sourcewise.quizzes.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestUsers;
import org.sourcewise.quizzes.TestQuizzes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Typing a short answer sends it when typing pauses, not at every keystroke, and an answer typed
 * just before moving on is still saved: the page sends the pending value ahead of the click.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TypingInBrowserIT extends BrowserTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestQuizzes quizzes;
    @Autowired
    JdbcTemplate jdbc;

    /** A quiz of two short answers assigned to the demo class. */
    private long shortAnswerQuiz() {
        return quizzes.forDemoClass("Typing ", null, List.of("q-l1-09", "q-l2-04"));
    }

    @Test
    void a_typed_answer_is_one_save_per_pause_and_is_kept_when_the_student_moves_on_at_once() {
        long quizId = shortAnswerQuiz();
        String student = users.newDemoStudent();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Username").fill(student);
            page.getByLabel("Password").first().fill("test-password-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
            page.navigate("http://localhost:" + port + "/quiz/" + quizId);
            page.locator("#start-attempt").click();
            assertThat(page.locator(".question-number")).containsText("Question 1 of 2");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/attempt/\\d+.*"));
            long attemptId = Long.parseLong(page.url().replaceAll("^.*/attempt/(\\d+).*$", "$1"));

            AtomicInteger roundTrips = new AtomicInteger();
            page.onRequest(r -> {
                if (r.url().contains("v-r=uidl")) {
                    roundTrips.incrementAndGet();
                }
            });
            Locator input = page.locator(".question-card input").first();
            String answer = "Korean Central News Agency";
            input.pressSequentially(answer, new Locator.PressSequentiallyOptions().setDelay(60));
            // nothing waits for a save: the student moves on at once
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(page.locator(".question-number")).containsText("Question 2 of 2");

            // 26 keystrokes, one pause at the end: a handful of round trips (the click's among them), not 26
            assertThat(roundTrips.get()).isBetween(1, 4);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                    "select answer from response where attempt_id = ? and position = 1", String.class, attemptId))
                    .singleElement().asString().contains(answer));

            // typed and submitted at once: the last answer is saved before the submission
            page.locator(".question-card input").first().pressSequentially("Rodong Sinmun",
                    new Locator.PressSequentiallyOptions().setDelay(30));
            page.locator("#finish").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/review/\\d+$"));
            assertThat(jdbc.queryForList("select answer from response where attempt_id = ? and position = 2", String.class, attemptId))
                    .singleElement().asString().contains("Rodong Sinmun");
        }
    }
}
