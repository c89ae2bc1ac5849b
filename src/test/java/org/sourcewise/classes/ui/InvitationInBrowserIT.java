package org.sourcewise.classes.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestUsers;
import org.sourcewise.classes.TestClasses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An instructor invites an existing student on the class page; the student accepts on their home page
 * and is in the class. Through the real server, where a service call runs with the Vaadin session's
 * login (a browserless test once passed while the real home page failed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvitationInBrowserIT extends BrowserTest {

    @Autowired
    TestClasses classes;
    @Autowired
    TestUsers users;

    private Page login(String username, String password) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    @Test
    void a_student_invited_on_the_class_page_accepts_on_their_home_page() {
        TestClasses.TestClass c = classes.newClass(null, java.util.Map.of());
        String student = users.newDemoStudent();

        Page teacher = login(c.instructor(), "test-password-1");
        teacher.navigate("http://localhost:" + port + "/class/" + c.id());
        teacher.locator("#add-username input").fill(student);
        teacher.locator("#add-student").click();
        assertThat(teacher.locator(".invitations")).containsText("Invited, not answered yet");
        assertThat(teacher.locator(".invitations")).containsText(student);
        shot(teacher, "class-invited");

        Page learner = login(student, "test-password-1");
        assertThat(learner.locator(".invitation-card")).containsText("invites you to join the class");
        shot(learner, "student-invited");
        learner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the invitation to " + c.name())).click();
        assertThat(learner.locator(".invitation-card")).hasCount(0);
        assertThat(learner.getByText("Your classes:")).containsText(c.name());

        teacher.reload();
        assertThat(teacher.locator("vaadin-grid").first()).containsText(student);
    }
}
