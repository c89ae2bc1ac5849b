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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestClockConfig;
import org.sourcewise.TestUsers;
import org.sourcewise.quizzes.AnswerService;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSubmissionService;
import org.sourcewise.quizzes.TestQuizzes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The exam-day faults of issue 13, each in a real browser and each ending with the stored answers
 * compared to what the student gave: a reload mid-quiz, 30 s offline with answers given meanwhile,
 * two tabs answering the same question, a double submit and a stale tab, and expiry while the browser
 * is closed. The server killed with SIGKILL is {@link ServerKilledMidAttemptIT}. Nothing sleeps: each
 * step waits for what the page or the database shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sourcewise.attempts.expiry-check=PT1S")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class ExamDayFaultsInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "test-password-1";

    @Autowired
    TestUsers users;
    @Autowired
    TestQuizzes quizzes;
    @Autowired
    AnswerService answers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    org.sourcewise.quizzes.AccommodationService accommodations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Two short answers, then two single choices (options in authored order), assigned to the demo class. */
    private long quiz(Integer timeLimitMinutes) {
        return quizzes.forDemoClass("Exam day ", timeLimitMinutes, List.of("q-l1-09", "q-l2-04", "q-l1-01", "q-l1-04"));
    }

    /** Another tab of the same browser (the same session), opened at this address of the app. */
    private Page tab(BrowserContext context, String path) {
        Page tab = context.newPage();
        tab.setDefaultTimeout(30_000);
        tab.navigate(url(path));
        return tab;
    }

    private Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Starts the quiz and returns the attempt's id, read from the page's address. */
    private long start(Page page, long quizId) {
        page.navigate(url("/quiz/" + quizId));
        page.locator("#start-attempt").click();
        assertThat(page.locator(".question-number")).containsText("Question 1 of 4");
        assertThat(page).hasURL(Pattern.compile(".*/attempt/\\d+.*"));
        return Long.parseLong(page.url().replaceAll("^.*/attempt/(\\d+).*$", "$1"));
    }

    private static void open(Page page, int question) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Question " + question + ", "))).click();
        assertThat(page.locator(".question-number")).containsText("Question " + question + " of 4");
    }

    /** Types into the open short-answer question and leaves the field, as a student moving on would. */
    private static void type(Page page, String text) {
        Locator input = page.locator(".question-card input").first();
        input.fill(text);
        input.press("Tab");
    }

    /** Picks the option with this display index (0-based) of the open single-choice question. */
    private static void choose(Page page, int option) {
        page.locator(".question-card").getByRole(AriaRole.RADIO).nth(option).click();
    }

    private static void assertSaved(Page page, int question) {
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Question " + question + ", answered")))).isVisible();
        assertThat(page.locator(".save-status")).containsText("saved", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setIgnoreCase(true));
    }

    /** The answers the database holds, in display terms, by question. */
    private Map<Integer, List<String>> stored(String student, long attemptId) {
        Map<Integer, List<String>> byQuestion = new java.util.TreeMap<>();
        users.as(student, () -> answers.sheet(attemptId)).responses().forEach((pos, r) -> {
            if (r.answered()) {
                byQuestion.put(pos, r.values());
            }
        });
        return byQuestion;
    }

    private String state(long attemptId) {
        return jdbc.queryForObject("select state from attempt where id = ?", String.class, attemptId);
    }

    @Test
    void a_reload_mid_quiz_keeps_every_answer_given_and_opens_the_same_question() {
        long quizId = quiz(null);
        String student = users.newDemoStudent();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, student);
            long attemptId = start(page, quizId);
            type(page, "Korean Central News Agency");
            assertSaved(page, 1);
            open(page, 3);
            choose(page, 2);
            assertSaved(page, 3);

            page.reload();

            assertThat(page.locator(".question-number")).containsText("Question 3 of 4");
            assertThat(page.locator(".question-card").getByRole(AriaRole.RADIO).nth(2)).isChecked();
            open(page, 1);
            assertThat(page.locator(".question-card input").first()).hasValue("Korean Central News Agency");
            assertThat(stored(student, attemptId)).isEqualTo(Map.of(1, List.of("Korean Central News Agency"), 3, List.of("2")));
        }
    }

    @Test
    void answers_given_during_thirty_seconds_offline_are_saved_when_the_connection_returns() {
        long quizId = quiz(null);
        String student = users.newDemoStudent();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, student);
            long attemptId = start(page, quizId);
            type(page, "Korean Central News Agency");
            assertSaved(page, 1);
            open(page, 3);

            // the network drops: every request to the server fails, as when a school's Wi-Fi goes
            AtomicInteger refused = new AtomicInteger();
            page.route("**/*", route -> {
                refused.incrementAndGet();
                route.abort("internetdisconnected");
            });
            Instant down = Instant.now();
            choose(page, 1);
            assertThat(page.locator(".offline-note")).isVisible();
            assertThat(page.locator(".offline-note")).containsText("not saved yet");
            assertThat(page.locator(".save-status")).isHidden();
            shot(page, "exam-day-offline");
            // for 30 s the page keeps saying so, and nothing it sends arrives
            await().pollInSameThread().pollInterval(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(45))
                    .until(() -> page.locator(".offline-note").isVisible() && !page.locator(".save-status").isVisible()
                            && Duration.between(down, Instant.now()).toSeconds() >= 30);
            assertThat(refused.get()).isPositive();
            assertThat(stored(student, attemptId)).doesNotContainKey(3);

            page.unroute("**/*");

            assertThat(page.locator(".save-status")).containsText("Connection back: all answers saved",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator(".offline-note")).isHidden();
            shot(page, "exam-day-back-online");
            assertThat(stored(student, attemptId)).isEqualTo(Map.of(1, List.of("Korean Central News Agency"), 3, List.of("1")));
        }
    }

    @Test
    void two_tabs_answering_the_same_question_never_overwrite_each_other_unknowingly() {
        long quizId = quiz(null);
        String student = users.newDemoStudent();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page tabA = login(context, student);
            long attemptId = start(tabA, quizId);
            open(tabA, 3);
            Page tabB = tab(context, "/attempt/" + attemptId + "?q=3");
            assertThat(tabB.locator(".question-number")).containsText("Question 3 of 4");

            choose(tabB, 2);
            assertSaved(tabB, 3);
            choose(tabA, 0); // tab A has not heard of tab B's answer

            assertThat(tabA.locator(".changed-elsewhere")).isVisible();
            assertThat(tabA.locator(".changed-elsewhere")).containsText("question 3 was changed in another window");
            assertThat(tabA.locator(".question-card").getByRole(AriaRole.RADIO).nth(2)).isChecked();
            shot(tabA, "exam-day-two-tabs");
            assertThat(stored(student, attemptId)).isEqualTo(Map.of(3, List.of("2")));

            // having seen tab B's answer, the student chooses again in tab A: now it is saved
            choose(tabA, 0);
            assertThat(tabA.locator(".changed-elsewhere")).isHidden();
            assertSaved(tabA, 3);
            assertThat(stored(student, attemptId)).isEqualTo(Map.of(3, List.of("0")));

            // tab B, brought back to the front, catches up without saving anything
            tabB.bringToFront();
            tabB.evaluate("window.dispatchEvent(new Event('focus'))");
            assertThat(tabB.locator(".changed-elsewhere")).containsText("question 3");
            assertThat(tabB.locator(".question-card").getByRole(AriaRole.RADIO).nth(0)).isChecked();
            assertThat(stored(student, attemptId)).isEqualTo(Map.of(3, List.of("0")));
        }
    }

    @Test
    void a_double_submit_submits_once_and_a_stale_tab_neither_saves_nor_submits_again() {
        long quizId = quiz(null);
        String student = users.newDemoStudent();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page tabA = login(context, student);
            long attemptId = start(tabA, quizId);
            Page tabB = tab(context, "/attempt/" + attemptId + "?q=2");
            Page tabC = tab(context, "/attempt/" + attemptId + "?q=4");
            assertThat(tabC.locator(".question-number")).containsText("Question 4 of 4");

            type(tabA, "Korean Central News Agency");
            assertSaved(tabA, 1);
            tabA.locator("#finish").click();
            tabA.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).dblclick();
            assertThat(tabA).hasURL(Pattern.compile(".*/review/" + attemptId + "$"));
            assertThat(jdbc.queryForObject("select count(*) from attempt where id = ? and state = 'SUBMITTED'", Integer.class, attemptId))
                    .isEqualTo(1);
            Instant submittedAt = jdbc.queryForObject("select submitted_at from attempt where id = ?", Instant.class, attemptId);

            // tab B still shows question 2 open: what it types now is refused and it says why
            type(tabB, "Rodong Sinmun");
            assertThat(tabB).hasURL(Pattern.compile(".*/review/" + attemptId + "$"));
            assertThat(tabB.getByText(AttemptSubmissionService.SUBMITTED_ELSEWHERE)).isVisible();

            // tab C tries to submit: it learns the attempt is already in, and submits nothing
            tabC.locator("#finish").click();
            assertThat(tabC).hasURL(Pattern.compile(".*/review/" + attemptId + "$"));
            assertThat(tabC.getByText(AttemptSubmissionService.SUBMITTED_ELSEWHERE)).isVisible();

            assertThat(state(attemptId)).isEqualTo(AttemptState.SUBMITTED.name());
            assertThat(jdbc.queryForObject("select submitted_at from attempt where id = ?", Instant.class, attemptId)).isEqualTo(submittedAt);
            assertThat(stored(student, attemptId)).isEqualTo(Map.of(1, List.of("Korean Central News Agency")));
        }
    }

    /**
     * Issue 18: a screen reader hears the time left at 5 minutes and at 1, not every second. The clock
     * ticks in a live region that is off; the announcements go to a polite status. The browser's own
     * clock is moved forward (Playwright's fake timers), so the test does not wait ten minutes.
     */
    @Test
    void time_left_is_announced_at_five_minutes_and_at_one_and_not_every_second() {
        long quizId = quiz(10);
        String student = users.newDemoStudent();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.clock().install();
            Page page = login(context, student);
            start(page, quizId);
            Locator clock = page.locator(".timer [role=timer]");
            Locator said = page.locator(".timer [role=status]");
            assertThat(clock).hasAttribute("aria-live", "off");
            assertThat(said).hasAttribute("aria-live", "polite");
            assertThat(page.locator(".save-status")).hasAttribute("role", "status");

            page.clock().fastForward("03:00");
            assertThat(clock).containsText("Time left 6:");
            assertThat(said).hasText("");

            page.clock().fastForward("02:05"); // 4:55 left
            assertThat(clock).containsText("Time left 4:");
            assertThat(said).hasText("5 minutes left.");

            page.clock().fastForward("01:00"); // 3:55 left: nothing new to say
            assertThat(clock).containsText("Time left 3:");
            assertThat(said).hasText("5 minutes left.");

            page.clock().fastForward("03:00"); // 0:55 left
            assertThat(clock).containsText("Time left 0:");
            assertThat(said).hasText("1 minute left.");
        }
    }

    /**
     * Issue 18: lost minutes given back on the open attempt reach the student's page with their next
     * answer, not when the old time runs out, and stay after a reload.
     */
    @Test
    void minutes_given_back_move_the_open_pages_timer_with_the_next_answer_and_after_a_reload() {
        long quizId = quiz(10);
        String student = users.newDemoStudent();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, student);
            long attemptId = start(page, quizId);
            Locator clock = page.locator(".timer [role=timer]");
            assertThat(clock).containsText("Time left 9:");

            users.run("instructor", () -> accommodations.giveTimeBack(attemptId, 30));
            type(page, "Korean Central News Agency");
            assertSaved(page, 1);
            assertThat(clock).containsText("Time left 39:");
            assertThat(page.locator(".changed-elsewhere")).containsText("Your instructor gave you more time");

            page.reload();
            assertThat(page.locator(".timer [role=timer]")).containsText("Time left 39:");
        }
    }

    @Test
    void an_attempt_whose_time_runs_out_while_the_browser_is_closed_is_submitted_with_its_saved_answers() {
        long quizId = quiz(5);
        String student = users.newDemoStudent();
        long attemptId;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, student);
            attemptId = start(page, quizId);
            type(page, "Korean Central News Agency");
            assertSaved(page, 1);
            open(page, 4);
            choose(page, 1);
            assertSaved(page, 4);
        } // the browser is closed

        clock.advance(Duration.ofMinutes(6));
        await().atMost(Duration.ofSeconds(30)).until(() -> AttemptState.SUBMITTED.name().equals(state(attemptId)));
        assertThat(jdbc.queryForObject("select submitted_by from attempt where id = ?", String.class, attemptId)).isEqualTo("EXPIRY");
        assertThat(stored(student, attemptId)).isEqualTo(Map.of(1, List.of("Korean Central News Agency"), 4, List.of("1")));

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, student);
            page.navigate(url("/attempt/" + attemptId));
            assertThat(page).hasURL(Pattern.compile(".*/review/" + attemptId + "$"));
            assertThat(page.locator("body")).containsText("Korean Central News Agency");
        }
    }
}
