package org.sourcewise.content.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserSupport;
import org.sourcewise.BrowserTest;
import org.sourcewise.TestUsers;
import org.sourcewise.Unique;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.DraftCourse;
import org.sourcewise.content.DraftedCourses;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.QuizBuilderService;
import org.sourcewise.quizzes.QuizDraft;
import org.sourcewise.quizzes.ReviewPolicy;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Following citations to the source in a real browser: from a lesson's claim card and from an
 * attempt's review, each lands on the source page with the cited paragraph in view and marked, its key
 * phrases highlighted, and the reference on top. Saves screenshots of both kinds of source page (the
 * first course's, without the article's text, and a drafted course's, with it) under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SourceInBrowserIT extends BrowserTest {

    private static final String FIRST = "russia-north-korea-2017";
    private static final Pattern CITED = Pattern.compile(".*/course/" + FIRST + "/source\\?p=(\\d+)$");

    @Autowired
    TestUsers users;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizBuilderService builder;
    @Autowired
    ClassService classes;
    @Autowired
    DraftedCourses drafted;

    private Page logIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").first().fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("h1").first().waitFor();
        return page;
    }

    /**
     * A screenshot of the view in the browser window and one of more of the page: the app's layout
     * scrolls its content inside the window, so a full-page screenshot would show no more than the window.
     */
    private static void screenshots(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve(name + ".png")));
        var size = page.viewportSize();
        page.setViewportSize(size.width, 2400);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve(name + "-tall.png")));
        page.setViewportSize(size.width, size.height);
    }

    /** The page is the first course's source at the paragraph the link named, that paragraph in view and marked. */
    private static int landedOnCitedParagraph(Page page) {
        assertThat(page).hasURL(CITED);
        Matcher m = CITED.matcher(page.url());
        assertThat(m.matches()).isTrue();
        int number = Integer.parseInt(m.group(1));
        assertThat(page.locator("h1")).hasText("Russia's Love Affair With North Korea");
        assertThat(page.locator(".source-byline")).hasText("Samuel Ramani · The Diplomat · 13 February 2017");
        Locator original = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the original at The Diplomat (opens in a new tab)"));
        assertThat(original).hasAttribute("href", "https://thediplomat.com/2017/02/russias-love-affair-with-north-korea/");
        assertThat(original).hasAttribute("target", "_blank");
        assertThat(original).hasAttribute("rel", Pattern.compile(".*\\bnoopener\\b.*"));

        Locator cited = page.locator("#p" + number);
        assertThat(cited).hasClass(Pattern.compile(".*\\bcited\\b.*"));
        assertThat(cited).isInViewport();
        assertThat(cited.locator("h2")).hasText("Paragraph " + number);
        assertThat(cited.locator("mark").first()).isVisible();
        assertThat(page.locator(".source-paragraph.cited")).hasCount(1);
        assertThat(cited.locator("a.source-original")).hasAttribute("href", Pattern.compile(".*#:~:text=.+"));
        return number;
    }

    @Test
    void a_claims_citation_in_a_lesson_opens_its_paragraph_of_the_source_in_view_and_marked() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = logIn(context, "student", "demo-student");
            page.navigate("http://localhost:" + port + "/lessons");
            assertThat(page.locator(".source-reference").first()).containsText("Russia's Love Affair With North Korea");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1. A new hierarchy of allies")).click();
            assertThat(page.locator("h1")).hasText("A new hierarchy of allies");
            assertThat(page.locator(".source-reference")).containsText("Samuel Ramani");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("source-lesson-reference.png")));

            // the lesson's last claim, so that its paragraph is well down the source page
            Locator citation = page.locator(".claim-card a.citation-link").last();
            String text = citation.innerText();
            assertThat(text).matches("Paragraph \\d+ · “.+”");
            citation.click();
            int number = landedOnCitedParagraph(page);
            assertThat(text).startsWith("Paragraph " + number + " ");
            assertThat(page.locator("#p" + number + " mark").allInnerTexts())
                    .anySatisfy(mark -> assertThat(text).contains(mark));
            screenshots(page, "source-first-course-cited");

            // the browser's back button returns to the lesson
            page.goBack();
            assertThat(page.locator("h1")).hasText("A new hierarchy of allies");

            // a citation's address opened as a new page (a bookmark, a link pasted elsewhere) lands the same way
            page.navigate("http://localhost:" + port + "/course/" + FIRST + "/source?p=14");
            assertThat(landedOnCitedParagraph(page)).isEqualTo(14);

            // without a paragraph, the page opens at its top: the reference, then paragraph 1, nothing marked
            page.navigate("http://localhost:" + port + "/course/" + FIRST + "/source");
            assertThat(page.locator("h1")).isInViewport();
            assertThat(page.locator(".source-paragraph.cited")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("source-first-course-top.png")));
        }
    }

    @Test
    void a_claims_citation_and_an_explanations_paragraph_in_a_review_open_the_source() {
        long courseId = SystemTask.call(() -> courses.findCourse(FIRST).orElseThrow().id());
        long question = SystemTask.call(() -> bank.entry(courseId, "q-l1-13").orElseThrow().questionId());
        long quizId = users.as("instructor", () -> builder.save(new QuizDraft(null, courseId, 0, Unique.name("Sources "), "",
                null, 1, GradingMethod.HIGHEST, null, null, false, false, ReviewPolicy.AFTER_SUBMIT, 50,
                List.of(QuizDraft.SlotDraft.fixed(question, 1)))));
        long demoClass = users.as("instructor", () -> classes.teachingClasses()).stream()
                .filter(c -> "DEMO-2017".equals(c.joinCode())).findFirst().orElseThrow().id();
        users.as("instructor", () -> classes.assignQuiz(demoClass, quizId, Instant.now().plus(Duration.ofDays(3))));
        String student = users.newDemoStudent();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = logIn(context, student, "test-password-1");
            page.navigate("http://localhost:" + port + "/quiz/" + quizId);
            page.locator("#start-attempt").click();
            assertThat(page.locator(".question-number")).containsText("Question 1 of 1");
            page.locator("#finish").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();
            assertThat(page).hasURL(Pattern.compile(".*/review/\\d+$"));
            String review = page.url();

            assertThat(page.locator(".source-reference")).containsText("Russia's Love Affair With North Korea");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("source-review-citations.png")));
            // the claim is cited by its statement and paragraph, never by its key
            Locator claim = page.locator(".claim-cite").first();
            assertThat(claim).not().containsText(Pattern.compile("\\bc\\d\\d\\b"));
            claim.locator("a.citation-link").click();
            int fromClaim = landedOnCitedParagraph(page);
            assertThat(fromClaim).isEqualTo(2);

            // "Why" names the paragraph too: "(paragraph 2)" is a link
            page.navigate(review);
            Locator why = page.locator(".labelled").filter(new Locator.FilterOptions().setHasText("Why"));
            why.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("paragraph 2")).click();
            assertThat(landedOnCitedParagraph(page)).isEqualTo(2);
        }
    }

    @Test
    void a_course_that_holds_its_articles_text_shows_the_cited_paragraph_with_its_key_phrases_highlighted() {
        DraftCourse course = drafted.tram();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = logIn(context, "instructor", "demo-instructor");
            page.navigate("http://localhost:" + port + "/course/" + course.slug() + "/source?p=3");
            Locator cited = page.locator("#p3");
            assertThat(cited).hasClass(Pattern.compile(".*\\bcited\\b.*"));
            assertThat(cited).isInViewport();
            assertThat(cited.locator(".source-text")).containsText("Mayor Teodora Vance said the tram would ease traffic");
            assertThat(page.locator(".source-text")).hasCount(6);
            // the key phrases of the paragraph's two accepted claims, highlighted within its text
            assertThat(cited.locator(".source-text mark")).hasText(new String[] {
                    "Mayor Teodora Vance said the tram would ease traffic", "construction cut their sales by 30 percent during 2023"});
            screenshots(page, "source-drafted-course-cited");

            // at a phone's width the page still reads
            page.setViewportSize(390, 844);
            page.navigate("http://localhost:" + port + "/course/" + course.slug() + "/source?p=2");
            assertThat(page.locator("#p2")).isInViewport();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("source-drafted-course-phone.png")));
        }
    }
}
