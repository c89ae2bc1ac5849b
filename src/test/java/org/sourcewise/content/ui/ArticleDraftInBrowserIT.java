package org.sourcewise.content.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.content.drafting.Articles;
import org.sourcewise.content.drafting.QualityBenchmark;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo instructor makes a course from an article in a real browser: paste the text, see the
 * candidates, accept one more, create the course, and find its draft questions in the bank.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArticleDraftInBrowserIT extends BrowserTest {

    @Test
    void an_instructor_pastes_an_article_accepts_claims_and_finds_the_draft_questions_in_the_bank() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            String base = "http://localhost:" + port + "/";
            page.navigate(base + "login");
            page.getByLabel("Username").fill("instructor");
            page.getByLabel("Password").first().fill("demo-instructor");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

            page.getByText("Course from article").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New course from an article"))).isVisible();
            page.locator("#propose-claims").click();
            assertThat(page.locator("#article-title")).containsText("Give the article's title");
            shot(page, "drafting-1-missing-title");

            page.locator("#article-title input").fill("The Harbour Tram Returns");
            page.locator("#article-author input").fill("Ines Marwick");
            page.locator("#article-publication input").fill("Lerida Evening Post");
            page.locator("#article-url input").fill("https://example.org/tram");
            page.locator("#article-text textarea").fill(Articles.text(Articles.TRAM));
            shot(page, "drafting-2-article");
            page.locator("#propose-claims").click();

            assertThat(page.locator("#analysis-summary")).containsText("6 paragraphs, 12 sentences");
            assertThat(page.locator("#accepted-count")).containsText("of 12 candidates");
            assertThat(page.locator("#candidate-grid")).containsText("#1 \u00b7");
            page.locator("#analysis-summary").scrollIntoViewIfNeeded();
            shot(page, "drafting-3-candidates");

            // accept the last (least telling) candidate too, in the grid, then open it in the editor
            String before = page.locator("#accepted-count").textContent();
            // the grid draws the rows in view only: scroll to the last, as a user would
            page.locator("#candidate-grid").evaluate("grid => grid.scrollToIndex(11)");
            page.locator("#candidate-grid vaadin-checkbox.accept[data-rank='12']").click();
            assertThat(page.locator("#accepted-count")).not().hasText(before);
            page.locator("#candidate-grid").getByText("#12 \u00b7").click();
            assertThat(page.locator("#editor-title")).containsText("Candidate #12");
            assertThat(page.locator("#candidate-accept input")).isChecked();
            page.locator("#candidate-statement textarea").fill("The trams were built in Trondby by Halvorsen Rail.");
            page.locator("#candidate-kind").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Reported fact")).click();
            assertThat(page.locator("#candidate-grid")).containsText("The trams were built in Trondby");
            shot(page, "drafting-3b-editor");
            page.locator("#create-course").scrollIntoViewIfNeeded();
            shot(page, "drafting-3c-create");
            page.locator("#create-course").click();

            assertThat(page.locator("#draft-result")).containsText("Course \u201cThe Harbour Tram Returns\u201d created");
            assertThat(page.locator("#draft-result")).containsText("draft questions");
            shot(page, "drafting-4-created");

            page.locator("#open-bank").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question bank"))).isVisible();
            assertThat(page.locator("#bank-grid")).containsText("c01-cloze");
            assertThat(page.locator("#bank-grid")).containsText("Draft");
            shot(page, "drafting-5-bank");
        }
    }

    @Test
    void a_candidate_that_needs_context_shows_the_sentence_before_in_the_editor() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            String base = "http://localhost:" + port + "/";
            page.navigate(base + "login");
            page.getByLabel("Username").fill("instructor");
            page.getByLabel("Password").first().fill("demo-instructor");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

            page.navigate(base + "courses/from-article");
            page.locator("#article-title input").fill("Street Trees Cool Cities");
            page.locator("#article-text textarea").fill(QualityBenchmark.resource("urban-trees.md"));
            page.locator("#propose-claims").click();
            assertThat(page.locator("#analysis-summary")).containsText("need the sentence before");

            page.locator("#candidate-filter").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Needing context")).click();
            // wait for the filtered rows (fewer than all 21), then click the visible one: the grid keeps rows it
            // drew before, hidden
            page.waitForFunction("() => document.querySelector('#candidate-grid').size < 21");
            page.locator("#candidate-grid").getByText("These results matter")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).click();
            assertThat(page.locator("#candidate-context")).containsText("Needs context");
            assertThat(page.locator("#candidate-context")).containsText("The difference was largest on the hottest days.");
            assertThat(page.locator("#candidate-accept input")).not().isChecked();
            page.locator("#candidate-grid").scrollIntoViewIfNeeded();
            shot(page, "drafting-6-needs-context");
        }
    }
}
