package org.sourcewise.reports.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.MutableClock;
import org.sourcewise.TestClockConfig;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.sourcewise.reports.ResultsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.sourcewise.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An instructor in a real browser: the gradebook of their class (filtered), a student's attempts and
 * a quiz's statistics with its SVG histogram; an admin reaches the gradebook from the console.
 * Saves screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class ResultsInBrowserIT extends BrowserTest {

    static ResultsFixtures.View f;

    @BeforeEach
    void seed(@Autowired CourseService courses, @Autowired QuizService quizzes, @Autowired AccountService accounts,
              @Autowired TestClasses classes, @Autowired TestUsers users, @Autowired TestAnswers answers,
              @Autowired MutableClock clock) {
        if (f == null) {
            f = ResultsFixtures.create(courses, quizzes, accounts, classes, users, answers, clock);
        }
    }

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

    @Test
    void an_instructor_reads_the_gradebook_a_students_attempts_and_the_quiz_statistics() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, f.instructor(), "test-password-1");
            page.navigate("http://localhost:" + port + "/class/" + f.classId() + "/gradebook");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Gradebook");
            assertThat(page.locator(".grade-cell").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("100% (2)")))
                    .hasCount(1);
            assertThat(page.locator(".badge-late")).hasCount(1);
            shot(page, "results-gradebook");

            page.locator("a[href='student/" + f.classId() + "/" + f.aId() + "']").click();
            assertThat(page.getByText(f.a())).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review"))).hasCount(2);
            shot(page, "results-student");

            page.navigate("http://localhost:" + port + "/quiz/" + f.checkpoint1() + "/statistics");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Statistics");
            assertThat(page.locator(".chart-panel img.chart-image")).hasCount(2);
            assertThat(page.locator(".chart-table").first()).containsText("50–60%");
            assertThat(page.locator(".stat-summary")).containsText("75.0%");
            shot(page, "results-statistics");
        }
    }

    @Test
    void the_name_filter_leaves_only_matching_students() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, f.instructor(), "test-password-1");
            page.navigate("http://localhost:" + port + "/class/" + f.classId() + "/gradebook");
            assertThat(page.locator(".badge-late")).hasCount(1);
            var bRow = page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(f.b())).first();
            assertThat(page.locator(".badge-late")).isVisible();
            assertThat(bRow).isVisible();
            page.locator("vaadin-text-field input").fill(f.a());
            page.locator("vaadin-text-field input").press("Enter");
            // the grid keeps rendered cell components in the DOM, hidden, so ask what is visible
            assertThat(page.locator(".badge-late")).isHidden();
            assertThat(bRow).isHidden();
            assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(f.a())).first()).isVisible();
        }
    }

    @Test
    void an_admin_opens_a_class_gradebook_from_the_console() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "admin", "demo-admin");
            page.navigate("http://localhost:" + port + "/admin");
            assertThat(page.locator("a[href='class/" + f.classId() + "/gradebook']")).isVisible();
            shot(page, "results-admin-console");
            page.locator("a[href='class/" + f.classId() + "/gradebook']").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Gradebook");
        }
    }

    @Test
    void an_instructor_opens_the_class_page_with_its_join_code_roster_and_assignments() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, f.instructor(), "test-password-1");
            page.navigate("http://localhost:" + port + "/class/" + f.classId());
            assertThat(page.locator(".join-code")).hasText(java.util.regex.Pattern.compile("^\\S+-\\S+$")); // the test fixture sets its own code
            assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(f.a())).first()).isVisible();
            shot(page, "class-page");
        }
    }
}
