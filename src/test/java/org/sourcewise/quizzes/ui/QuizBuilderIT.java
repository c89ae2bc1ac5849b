package org.sourcewise.quizzes.ui;

import org.sourcewise.Unique;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestClockConfig;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo instructor in a real browser builds a quiz with one fixed question and one random draw,
 * is warned at the field when the draw asks for more than its pool, saves, previews it as a student,
 * assigns it to the demo class with a due date; a student of that class then finds it on their home.
 */
// the same configuration as QuizInBrowserIT, so both share one application context: a context of its
// own, identical to ResultsInBrowserIT's, was later reused by that test after another context had
// replaced Spring Security's global context-holder strategy, and its SystemTask calls then failed
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sourcewise.attempts.expiry-check=PT1S")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class QuizBuilderIT extends BrowserTest {

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

    @Test
    void an_instructor_builds_previews_and_assigns_a_quiz_that_a_student_then_sees_on_their_home() {
        String title = Unique.name("Rail, ports and one draw ");
        String quizPath;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1900))) {
            Page page = login(context, "instructor", "demo-instructor");
            page.navigate("http://localhost:" + port + "/courses");
            page.locator("#quizzes-russia-north-korea-2017").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Quizzes"))).isVisible();
            shot(page, "quiz-list");
            page.locator("#new-quiz").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New quiz"))).isVisible();

            page.locator("#quiz-title input").fill(title);
            page.locator("#time-limit input").fill("10");
            page.locator("#add-question").click();
            Locator picker = page.getByRole(AriaRole.DIALOG);
            picker.getByLabel("Filter questions").fill("q-l1-0");
            picker.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add q-l1-01")).click();
            assertThat(page.locator(".slot-row")).hasCount(1);
            assertThat(page.locator(".slot-row").first()).containsText("q-l1-01");

            page.locator("#add-draw").click();
            Locator draw = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Slot 2"));
            Locator count = draw.locator("vaadin-integer-field.slot-count input");
            count.fill("99");
            count.press("Tab");
            assertThat(draw.locator(".slot-error")).containsText("this draw asks for 99.");
            assertThat(draw.locator("vaadin-integer-field.slot-count")).hasAttribute("invalid", "");
            shot(page, "quiz-builder-draw-too-large");
            count.fill("2");
            count.press("Tab");
            assertThat(draw.locator(".slot-error")).hasCount(0);
            assertThat(page.locator("#quiz-summary")).hasText("3 questions · 3 points per attempt");

            // reorder: the draw first
            draw.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move slot 2 up")).click();
            assertThat(page.locator(".slot-row").first()).containsText("Random draw");

            page.locator("#save-quiz").click();
            assertThat(page.getByText("Quiz saved: 3 questions")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/quizzes/\\d+/edit$"));
            quizPath = page.url().replaceAll("^.*/(quizzes/\\d+)/edit$", "$1");
            shot(page, "quiz-builder");

            page.locator("#preview-quiz").click();
            assertThat(page.locator("#preview-banner")).containsText("Nothing you answer here is recorded");
            assertThat(page.locator(".question-card")).hasCount(3);
            assertThat(page.locator(".question-card").first().locator("vaadin-radio-group, vaadin-checkbox-group, vaadin-text-field,"
                    + " vaadin-text-area, vaadin-select, .ordering, .cloze").first()).isVisible();
            shot(page, "quiz-preview");

            page.navigate("http://localhost:" + port + "/" + quizPath + "/assign");
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("Demo class"))).click();
            page.locator("#assign-due input").first().fill("12/31/2030");
            page.locator("#assign-due input").first().press("Enter");
            page.locator("#assign-due input").nth(1).fill("10:00 AM");
            page.locator("#assign-due input").nth(1).press("Enter");
            page.locator("#assign").click();
            assertThat(page.locator("#current-assignments")).containsText("due");
            shot(page, "quiz-assign");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "student3", "demo-student3");
            assertThat(page.getByText(title)).isVisible();
        }
    }
}
