package org.sourcewise.content.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The course's text states its language (issue 18): a lesson's claims, the source's claims and key
 * phrases, and a quiz's questions carry the course's lang attribute, so that a screen reader speaks
 * them in that language; the page's own words (headings, buttons) do not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CourseLanguageInBrowserIT extends BrowserTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestAnswers answers;
    @Autowired
    CourseService courses;
    @Autowired
    QuizService quizzes;

    @Test
    void lessons_sources_and_questions_carry_the_course_language_and_the_page_words_do_not() {
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        long quiz = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-1").orElseThrow().id());
        long lesson = SystemTask.call(() -> courses.lessons(courseId).getFirst().id());
        String student = users.newDemoStudent();
        long attempt = answers.start(student, quiz, 0);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Username").fill(student);
            page.getByLabel("Password").first().fill("test-password-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.locator("h1").first().waitFor();

            page.navigate("http://localhost:" + port + "/lesson/" + lesson);
            assertThat(page.locator("h1")).hasAttribute("lang", "en");
            assertThat(page.locator(".lesson-intro")).hasAttribute("lang", "en");
            assertThat(page.locator(".claim-statement").first()).hasAttribute("lang", "en");
            assertThat(page.locator(".claim-card .badge.kind").first()).not().hasAttribute("lang", "en");

            page.navigate("http://localhost:" + port + "/course/russia-north-korea-2017/source?p=3");
            assertThat(page.locator("#p3 .source-claim-statement").first()).hasAttribute("lang", "en");
            assertThat(page.locator("#p3 .source-key-phrase mark").first()).hasAttribute("lang", "en");
            assertThat(page.locator("#p3 h2")).not().hasAttribute("lang", "en");

            page.navigate("http://localhost:" + port + "/attempt/" + attempt);
            assertThat(page.locator(".question-card [lang=en]").first()).isVisible();
            assertThat(page.locator(".question-heading")).not().hasAttribute("lang", "en");
        }
    }
}
