package org.sourcewise.quizzes.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.sourcewise.MutableClock;
import org.sourcewise.TestClockConfig;

/**
 * A student in a real browser: starts Checkpoint 1, answers three questions, reloads and finds them,
 * submits, and sees the score and the review. Runs under Failsafe (see LoginInBrowserIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sourcewise.attempts.expiry-check=PT1S")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class QuizInBrowserIT extends BrowserTest {

    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Page login(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
        return page;
    }

    /** Gives an answer to whatever kind of question is shown, as a student would with mouse or keyboard. */
    private void giveAnswer(Page page) {
        Locator card = page.locator(".question-card");
        card.locator("vaadin-radio-group, vaadin-checkbox-group, .ordering, .matching, .cloze, vaadin-text-field, vaadin-text-area")
                .first().waitFor();
        // by role, as a screen reader would: a click in the middle of a full-width vaadin-checkbox
        // lands right of its label and toggles nothing
        if (card.getByRole(AriaRole.RADIO).count() > 0) {
            card.getByRole(AriaRole.RADIO).first().click();
        } else if (card.getByRole(AriaRole.CHECKBOX).count() > 0) {
            card.getByRole(AriaRole.CHECKBOX).first().click();
        } else if (card.locator(".ordering-item").count() > 0) {
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Move .* down$"))).first().click();
        } else if (card.locator("vaadin-select").count() > 0) {
            card.locator("vaadin-select").first().click();
            page.getByRole(AriaRole.OPTION).last().click(); // the first may be "(no answer)"
        } else {
            Locator input = card.locator("input").first();
            input.fill("2016");
            input.press("Tab");
        }
    }

    /** {@link #giveAnswer}, then waits until the page says the server has saved it. */
    private void answerCurrentQuestion(Page page) {
        giveAnswer(page);
        // the navigator marks a question answered only once the server has saved it
        String current = page.locator(".question-number").textContent().replaceAll("^Question (\\d+) of.*$", "$1");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Question " + current + ", answered")))).isVisible();
        assertThat(page.locator(".save-status")).containsText("Saved");
    }

    @Test
    void offline_the_page_says_answers_are_not_saved_instead_of_saved() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "student3", "demo-student3");
            page.getByText("Checkpoint 2: Russia's leverage on the peninsula").click();
            page.locator("#start-attempt").click();
            answerCurrentQuestion(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(page.locator(".question-number")).containsText("Question 2 of 10");

            context.setOffline(true);
            giveAnswer(page); // whatever type the draw put second
            assertThat(page.locator(".offline-note")).isVisible();
            assertThat(page.locator(".offline-note")).containsText("not saved yet");
            assertThat(page.locator(".save-status")).isHidden();
            shot(page, "quiz-offline");

            // Coming back is ExamDayFaultsInBrowserIT's: it drops the network with request routing, which
            // Vaadin's client retries through, and the page then says every answer is stored.
            context.setOffline(false);
        }
    }

    @Test
    void the_navigators_numbers_open_their_question_by_mouse_and_by_keyboard() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "student2", "demo-student2");
            page.getByText("Checkpoint 2: Russia's leverage on the peninsula").click();
            page.locator("#start-attempt").click();
            assertThat(page.locator(".question-number")).containsText("Question 1 of 10");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Question 3, "))).click();
            assertThat(page.locator(".question-number")).containsText("Question 3 of 10");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Question 6, "))).focus();
            page.keyboard().press("Enter");
            assertThat(page.locator(".question-number")).containsText("Question 6 of 10");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Question 6, ")))
                    ).hasAttribute("aria-current", "step");
        }
    }

    @Test
    void a_student_answers_three_questions_reloads_finds_them_submits_and_sees_the_review() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "student", "demo-student");
            shot(page, "student-home");
            page.getByText("Checkpoint 1: Moscow's lifelines to Pyongyang").click();
            assertThat(page.getByText("Before you start")).isVisible();
            shot(page, "quiz-start");
            page.locator("#start-attempt").click();
            assertThat(page.locator(".timer")).containsText("Time left");

            for (int q = 1; q <= 3; q++) {
                assertThat(page.locator(".question-number")).containsText("Question " + q + " of 10");
                answerCurrentQuestion(page);
                if (q == 2) {
                    page.locator("#flag").click();
                    shot(page, "quiz-question");
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            }

            // the page's address remembers the question shown, so a reload opens it again
            assertThat(page.locator(".question-number")).containsText("Question 4 of 10");
            assertThat(page).hasURL(Pattern.compile(".*/attempt/\\d+\\?q=4$"));
            page.reload();
            assertThat(page.locator(".question-number")).containsText("Question 4 of 10");
            for (int q = 1; q <= 3; q++) {
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName(Pattern.compile("^Question " + q + ", answered")))).isVisible();
            }
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Question 2, answered, flagged"))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Question 4, not answered"))).isVisible();

            page.locator("#finish").click();
            assertThat(page.getByText("Not answered: questions 4, 5, 6, 7, 8, 9, 10.")).isVisible();
            assertThat(page.getByText("Flagged for review: question 2.")).isVisible();
            shot(page, "quiz-confirm");
            // back to the attempt: the dialog is gone and the page answers again (the dialog is the page's own
            // and modal while open; closed, it is taken out and the page is usable)
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to attempt")).click();
            assertThat(page.locator("#submit-dialog")).hasCount(0);
            answerCurrentQuestion(page);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Question 4, answered")))).isVisible();
            page.locator("#finish").click();
            assertThat(page.getByText("Not answered: questions 5, 6, 7, 8, 9, 10.")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();

            assertThat(page).hasURL(Pattern.compile(".*/review/\\d+$"));
            assertThat(page.locator(".result-score")).containsText("/ 10");
            assertThat(page.locator(".review-item")).hasCount(10);
            assertThat(page.getByText("Tests claim:").first()).isVisible();
            shot(page, "quiz-review");
            assertThat(page.locator(".review-item").nth(4).getByText("No answer")).isVisible();
            // each question's review is one piece of HTML: its citation still opens the cited paragraph
            // (a question may test two claims: its first citation)
            com.microsoft.playwright.Locator citation = page.locator(".review-item").first().locator("a.citation-link").first();
            String paragraph = citation.getAttribute("href").replaceFirst(".*=", "");
            citation.click();
            assertThat(page).hasURL(Pattern.compile(".*/source\\?p=" + paragraph + "$"));
            assertThat(page.locator("#p" + paragraph)).isVisible();
        }
    }

    @Test
    void the_quiz_pages_fit_a_phone_screen() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = login(context, "student2", "demo-student2");
            page.getByText("Checkpoint 2: Russia's leverage on the peninsula").click();
            page.locator("#start-attempt").click();
            answerCurrentQuestion(page);
            shot(page, "phone-quiz-question");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        }
    }

    @Test
    void an_attempt_whose_time_runs_out_while_the_page_is_closed_is_graded_with_its_saved_answers() throws InterruptedException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "student3", "demo-student3");
            page.getByText("Final: Russia and North Korea, 2017").click();
            page.locator("#start-attempt").click();
            answerCurrentQuestion(page);
            page.close();
        }
        try {
            clock.advance(java.time.Duration.ofMinutes(31));
            // the expiry job runs every second in this test
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                    select count(*) from attempt a join app_user u on u.id = a.student_id
                    where u.username = 'student3' and a.state = 'IN_PROGRESS'""", Integer.class) == 0);
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                Page page = login(context, "student3", "demo-student3");
                Locator finalCard = page.locator(".quiz-card").filter(new Locator.FilterOptions().setHasText("Final: Russia"));
                assertThat(finalCard.locator(".badge")).containsText("Submitted");
                finalCard.getByText("Final: Russia and North Korea, 2017").click();
                assertThat(page.getByText("Submitted when time ran out")).isVisible();
                page.getByText("Review").first().click();
                assertThat(page.locator(".review-item")).hasCount(20);
                assertThat(page.locator(".review-item").first().getByText("No answer")).hasCount(0);
                assertThat(page.locator(".review-item").nth(1).getByText("No answer")).isVisible();
                shot(page, "quiz-expired-review");
            }
        } finally {
            clock.reset();
        }
    }
}
