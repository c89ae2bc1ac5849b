package org.sourcewise.questions.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The instructor writes a single-choice and a cloze question in the editor, watching the preview,
 * is told at the fields what is missing, edits one question into a second version, and looks at
 * the editor at phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionEditorInBrowserIT extends BrowserTest {

    private static final String BANK = "course/russia-north-korea-2017/bank";

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private Page login(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(base() + "login");
        page.getByLabel("Username").fill("instructor");
        page.getByLabel("Password").first().fill("demo-instructor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    private static void pickClaim(Page page, String key) {
        page.locator("#edit-claims input").fill(key);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(key + " ·")).first().click();
        page.keyboard().press("Escape");
    }

    private static void chooseType(Page page, String label) {
        page.locator("#edit-type").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    @Test
    void an_instructor_writes_two_questions_with_a_live_preview_and_edits_one() {
        String editUrl;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = login(context);
            page.navigate(base() + BANK);
            page.locator("#new-question").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("New question"))).isVisible();

            // nothing filled in: the problems appear at their fields, and nothing is saved
            page.locator("#edit-key input").fill("q-browser-sc");
            page.locator("#save-question").click();
            assertThat(page.locator("#edit-problems")).containsText("Not saved yet");
            assertThat(page.locator("#edit-claims")).hasAttribute("invalid", "");
            assertThat(page.locator("#answers-errors")).containsText("needs an option worth full marks");
            assertThat(page.locator("#edit-key input")).hasValue("q-browser-sc");
            shot(page, "editor-problems-wide");

            page.locator("#edit-stem textarea").fill("Which country did KCNA place at the top of its 2017 list of friends?");
            page.getByLabel("Option 1", new Page.GetByLabelOptions().setExact(true)).fill("Russia");
            page.getByLabel("Option 2", new Page.GetByLabelOptions().setExact(true)).fill("China");
            page.getByLabel("Option 3", new Page.GetByLabelOptions().setExact(true)).fill("Iran");
            page.getByLabel("Remove option 4").click();
            page.getByLabel("Option 1 is correct").check();
            page.getByLabel("Feedback for option 2").fill("China came second on the list.");
            pickClaim(page, "c03");
            page.locator("#edit-explanation textarea").fill("KCNA's list put Russia first.");
            page.locator("#edit-tags input").fill("allies, kcna");
            assertThat(page.locator("#question-preview")).containsText("top of its 2017 list");
            assertThat(page.locator("#question-preview")).containsText("Iran");
            assertThat(page.locator("#question-preview")).containsText("China came second");
            assertThat(page.locator("#question-preview")).containsText("KCNA's list put Russia first.");
            // the problems of the refused save disappear as they are fixed
            assertThat(page.locator("#edit-problems")).isHidden();
            assertThat(page.locator("#edit-claims")).not().hasAttribute("invalid", "");
            shot(page, "editor-single-choice-wide");
            page.locator("#save-question").click();
            page.waitForURL(Pattern.compile(".*/bank/\\d+/edit"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit question"))).isVisible();

            page.navigate(base() + BANK + "/new");
            chooseType(page, "Cloze");
            page.locator("#edit-key input").fill("q-browser-cloze");
            page.locator("#edit-stem textarea").fill("The railway runs from Khasan to the port of {1}.");
            page.getByLabel("Answer 1", new Page.GetByLabelOptions().setExact(true)).first().fill("Rajin");
            pickClaim(page, "c01");
            page.locator("#edit-explanation textarea").fill("The Rajin-Hasan line ends at Rajin.");
            assertThat(page.locator("#question-preview")).containsText("The railway runs from Khasan to the port of");
            assertThat(page.locator("#question-preview")).containsText("{1} Rajin");
            assertThat(page.locator("#question-preview")).containsText("ends at Rajin");
            shot(page, "editor-cloze-wide");
            page.locator("#save-question").click();
            page.waitForURL(Pattern.compile(".*/bank/\\d+/edit"));
            editUrl = page.url();

            page.locator("#edit-stem textarea").fill("The railway runs from Khasan to the North Korean port of {1}.");
            assertThat(page.locator("#question-preview")).containsText("North Korean port");
            page.locator("#save-question").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Saved as version 2")))
                    .isVisible();
            assertThat(page.getByText(Pattern.compile("q-browser-cloze · version 2"))).isVisible();

            page.navigate(base() + BANK);
            page.locator("#bank-tag input").fill("kcna");
            page.locator("#bank-tag input").press("Enter");
            assertThat(page.locator("#bank-grid")).containsText("q-browser-sc");
            shot(page, "bank-with-actions-wide");
        }
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = login(phone);
            page.navigate(editUrl);
            assertThat(page.locator("#edit-stem textarea")).hasValue("The railway runs from Khasan to the North Korean port of {1}.");
            assertThat(page.locator("#question-preview")).isVisible();
            shot(page, "editor-cloze-phone");
            page.locator("#question-preview").screenshot(new Locator.ScreenshotOptions()
                    .setPath(org.sourcewise.BrowserSupport.SCREENSHOTS.resolve("editor-cloze-preview-phone.png")));
            page.navigate(base() + BANK + "/new");
            assertThat(page.getByLabel("Option 1", new Page.GetByLabelOptions().setExact(true))).isVisible();
            shot(page, "editor-new-phone");
            page.locator(".editor-form").screenshot(new Locator.ScreenshotOptions()
                    .setPath(org.sourcewise.BrowserSupport.SCREENSHOTS.resolve("editor-form-phone.png")));
        }
    }
}
