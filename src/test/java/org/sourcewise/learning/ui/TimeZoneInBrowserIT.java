package org.sourcewise.learning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcewise.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Issue 15: a due date reads in the student's own time zone, whatever zone the server runs in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TimeZoneInBrowserIT extends BrowserTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"Pacific/Auckland", "America/Los_Angeles"})
    void a_due_date_on_the_student_home_is_in_the_browsers_time_zone(String zone) {
        // read directly: other contexts of this JVM may have replaced the security context holder's strategy
        Instant due = jdbc.queryForObject("""
                select min(a.due_at) from assignment a join school_class c on c.id = a.class_id
                where c.join_code = 'DEMO-2017' and a.quiz_id is not null""", java.sql.Timestamp.class).toInstant();
        String expected = "Due " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.UK).withZone(ZoneId.of(zone)).format(due);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setTimezoneId(zone))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Username").fill("student");
            page.getByLabel("Password").first().fill("demo-student");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

            assertThat(page.locator(".quiz-card").first()).containsText(expected);
        }
    }
}
