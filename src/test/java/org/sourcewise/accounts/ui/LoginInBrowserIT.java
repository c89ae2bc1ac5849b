package org.sourcewise.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcewise.BrowserSupport;
import org.sourcewise.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs under Failsafe, in its own JVM: a real servlet container installs Vaadin's security-context
 * strategy JVM-wide, which would confuse the browserless tests that Surefire runs.
 *
 * Each demo role logs in through the real login page in Chromium and lands on its own home. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginInBrowserIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
            "student, demo-student, Welcome, Sasha Student, student",
            "instructor, demo-instructor, Welcome, Ivan Instructor, instructor",
            "admin, demo-admin, Admin console, , admin"})
    void a_demo_user_logs_in_and_sees_their_home(String username, String password, String headingStart, String name,
                                                 String home) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
            assertThat(page.getByText("Demo accounts")).isVisible();

            page.getByLabel("Username").fill(username);
            page.getByLabel("Password").first().fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

            String heading = name == null ? headingStart : headingStart + ", " + name;
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setLevel(1))).isVisible();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/" + home + "(\\?.*)?$"));
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("home-" + username + ".png")));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        }
    }
}
