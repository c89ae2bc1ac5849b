package org.sourcewise.questions.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserSupport;
import org.sourcewise.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * An instructor finds the first course, browses and previews its bank, and imports a GIFT file:
 * first one with errors (each shown with its line, nothing stored), then a good one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionAuthoringInBrowserIT extends BrowserTest {

    private static String gift(String name) throws Exception {
        return new ClassPathResource("imports/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_instructor_browses_the_bank_and_imports_a_gift_file_after_a_preview() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            String base = "http://localhost:" + port + "/";
            page.navigate(base + "login");
            page.getByLabel("Username").fill("instructor");
            page.getByLabel("Password").first().fill("demo-instructor");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

            page.navigate(base + "courses");
            assertThat(page.locator("#course-russia-north-korea-2017")).containsText("questions");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("authoring-courses.png")));

            page.locator("#course-russia-north-korea-2017 a").first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question bank"))).isVisible();
            page.locator("#bank-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("q-l1-01")).first().click();
            assertThat(page.locator("#question-preview")).containsText("Answer key");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("authoring-bank.png")).setFullPage(true));

            page.locator("#import-questions").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import questions"))).isVisible();
            page.locator("#import-text textarea").fill(gift("bad.gift").replace("// key: q1", "// key: q-l1-01"));
            page.locator("#import-preview").click();
            assertThat(page.locator("#import-errors")).containsText("Line 6");
            assertThat(page.locator("#import-errors")).containsText("no claim 'c99'");
            assertThat(page.locator("#import-confirm")).isDisabled();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("authoring-import-errors.png")).setFullPage(true));

            page.locator("#import-text textarea").fill(gift("good.gift"));
            page.locator("#import-preview").click();
            assertThat(page.locator("#import-result")).containsText("3 questions would be imported");
            assertThat(page.locator("#import-warnings")).containsText("not linked to any claim");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("authoring-import-preview.png")).setFullPage(true));
            page.locator("#import-confirm").click();
            assertThat(page.locator("#import-result")).containsText("3 questions imported");

            page.getByText("See them in the question bank").click();
            page.locator("#bank-tag input").fill("imported");
            page.locator("#bank-tag input").press("Enter");
            assertThat(page.locator("#bank-grid")).containsText("gift-bridge-month");
        }
    }
}
