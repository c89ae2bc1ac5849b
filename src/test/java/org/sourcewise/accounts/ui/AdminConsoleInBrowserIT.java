package org.sourcewise.accounts.ui;

import org.sourcewise.Unique;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
 * The admin console and hand grading in a real browser: an admin creates a user and imports a CSV
 * (a bad line named, then a good file); an instructor grades a waiting essay from the review; the
 * admin finds the grade and the logins in the audit log. Screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class AdminConsoleInBrowserIT extends BrowserTest {

    @Autowired
    EssayAttempts essays;
    @Autowired
    org.sourcewise.TestUsers users;
    @Autowired
    org.sourcewise.content.CourseService courses;

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

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void an_admin_creates_a_user_and_imports_a_csv_with_a_bad_line_then_a_good_one() {
        String name = Unique.name("ituser");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "admin", "demo-admin");
            assertThat(page.locator(".admin-links")).containsText("Audit log");
            shot(page, "admin-home");
            page.getByRole(AriaRole.LINK, named("Users: create, deactivate, reset passwords, change roles, import CSV")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Users");
            shot(page, "admin-users");

            page.getByRole(AriaRole.BUTTON, named("New user")).click();
            page.locator("#create-username input").fill(name);
            page.locator("#create-save").click();
            assertThat(page.locator("#generated-password")).isVisible();
            shot(page, "admin-users-generated-password");
            page.getByRole(AriaRole.BUTTON, named("Done")).click();

            page.locator("#import-csv textarea").fill("username,display_name,role\n" + name + "-b,Bea,student\nx,Short,student\n"
                    + name + "-c,Cy,wizard\n");
            page.locator("#import-run").click();
            assertThat(page.locator(".import-problems li")).hasCount(2);
            assertThat(page.locator(".import-problems li").first()).containsText("Line 3:");
            shot(page, "admin-users-import-errors");

            page.locator("#import-csv textarea").fill("username,display_name,role\n" + name + "-b,Bea,student\n"
                    + name + "-c,Cy,instructor\n");
            page.locator("#import-check").click();
            assertThat(page.locator(".import-summary")).containsText("All 2 lines are right");
            page.locator("#import-run").click();
            assertThat(page.locator(".import-summary")).containsText("2 users created");
            shot(page, "admin-users-imported");
        }
    }

    @Test
    void an_instructor_grades_a_waiting_essay_and_the_admin_finds_it_in_the_audit_log() {
        EssayAttempts.EssayAttempt made = essays.create();
        int essay = made.essayPosition();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, made.instructor(), "test-password-1");
            page.navigate("http://localhost:" + port + "/class/" + made.classId() + "/gradebook");
            assertThat(page.locator(".badge-grade")).hasCount(1);
            shot(page, "grading-gradebook");

            page.navigate("http://localhost:" + port + "/review/" + made.attemptId());
            assertThat(page.getByText("This essay waits for your grade.")).isVisible();
            page.locator("#score-" + essay + " input").fill("6");
            page.locator("#grade-" + essay).click();
            assertThat(page.locator("#score-" + essay)).containsText("between 0 and 5");
            page.locator("#score-" + essay + " input").fill("4");
            page.locator("#comment-" + essay + " textarea").fill("Good use of the article's figures.");
            page.locator("#grade-" + essay).click();
            assertThat(page.locator(".review-head .badge").filter(new Locator.FilterOptions().setHasText("4 / 5"))).hasCount(1);
            assertThat(page.getByText("Good use of the article's figures.")).isVisible();
            shot(page, "grading-review-graded");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context, "admin", "demo-admin");
            page.navigate("http://localhost:" + port + "/admin/audit");
            page.locator("#audit-search input").fill(made.student());
            page.locator("#audit-search input").press("Enter");
            assertThat(page.locator("#audit-count")).hasText("1 entry");
            assertThat(page.locator(".audit-grid")).containsText("ESSAY_GRADED");
            shot(page, "admin-audit-search");
            page.locator("#audit-search input").fill("");
            page.locator("#audit-search input").press("Enter");
            assertThat(page.locator(".audit-grid")).containsText("LOGIN");
            shot(page, "admin-audit");
        }
    }

    @Test
    void a_deactivated_students_open_page_lands_on_the_login_view_at_their_next_click() {
        String student = users.newDemoStudent();
        long lessonId = org.sourcewise.accounts.SystemTask.call(() -> {
            long courseId = courses.findCourse("russia-north-korea-2017").orElseThrow().id();
            return courses.lessons(courseId).getFirst().id();
        });
        try (BrowserContext studentContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
             BrowserContext adminContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(studentContext, student, "test-password-1");
            page.navigate("http://localhost:" + port + "/lesson/" + lessonId);
            com.microsoft.playwright.Locator check = page.locator(".check-card").last();
            check.locator("input").fill("cuba");
            check.locator(".check-button").click();
            assertThat(check).containsText("Right");

            Page admin = login(adminContext, "admin", "demo-admin");
            admin.navigate("http://localhost:" + port + "/admin/users");
            admin.locator("#user-search input").fill(student);
            // the search is applied lazily: wait for the grid to show only this user
            assertThat(admin.getByText("1 user", new Page.GetByTextOptions().setExact(true))).isVisible();
            admin.getByRole(AriaRole.BUTTON, named("Deactivate " + student)).click();
            assertThat(admin.getByRole(AriaRole.BUTTON, named("Reactivate " + student))).isVisible();

            // the open tab still shows the lesson; its next click is not carried out but ends on the login view
            check.locator("input").fill("china");
            check.locator(".check-button").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
            assertThat(page.getByRole(AriaRole.BUTTON, named("Log in"))).isVisible();
            shot(page, "deactivated-student-on-login");

            // and the account can no longer log in
            page.getByLabel("Username").fill(student);
            page.getByLabel("Password").first().fill("test-password-1");
            page.getByRole(AriaRole.BUTTON, named("Log in")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        }
    }
}
