package org.sourcewise.reports.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.BrowserTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestClockConfig;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.accounts.UserId;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.learning.internal.ReviewStates;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.sourcewise.reports.ResultsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An instructor in a real browser: the class's claim mastery and a quiz's statistics with their
 * server-drawn charts, at a desktop and a phone width; the gradebook's XLSX and the item CSV
 * downloaded. Saves screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class MasteryInBrowserIT extends BrowserTest {

    static ResultsFixtures.View f;

    @BeforeEach
    void seed(@Autowired CourseService courses, @Autowired QuizService quizzes, @Autowired AccountService accounts,
              @Autowired TestClasses classes, @Autowired TestUsers users, @Autowired TestAnswers answers,
              @Autowired MutableClock clock, @Autowired ReviewStates reviews,
              @Autowired org.sourcewise.quizzes.AttemptResults attemptResults,
              @Autowired org.sourcewise.questions.QuestionBankService bank) {
        if (f != null) {
            return;
        }
        f = ResultsFixtures.create(courses, quizzes, accounts, classes, users, answers, clock);
        // some practice on top of the quizzes, on claims the quiz attempts did not test (a quiz's AGAIN
        // would hold them back): a knows eight claims durably, b three of them
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        UserId b = users.as("admin", () -> accounts.findByUsername(f.b()).orElseThrow().id());
        java.util.Set<Long> tested = new java.util.HashSet<>();
        users.as("admin", () -> attemptResults.markedAttempts(f.checkpoint1(), List.of(f.classId()))).stream()
                .flatMap(m -> m.questions().stream()).map(q -> q.questionId()).distinct()
                .forEach(q -> users.as("admin", () -> bank.entries(List.of(q))).forEach(e -> tested.addAll(e.claimIds())));
        List<ClaimInfo> practised = SystemTask.call(() -> courses.claims(courseId)).stream().filter(c -> !tested.contains(c.id()))
                .limit(8).toList();
        for (int i = 0; i < practised.size(); i++) {
            reviews.review(new UserId(f.aId()), practised.get(i).id(), Rating.EASY, clock.instant());
            if (i < 3) {
                reviews.review(b, practised.get(i).id(), Rating.EASY, clock.instant());
            }
        }
    }

    private Page login(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(f.instructor());
        page.getByLabel("Password").first().fill("test-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    private void masteryAndStatistics(int width, int height, String suffix) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
            Page page = login(context);
            page.navigate("http://localhost:" + port + "/class/" + f.classId() + "/gradebook");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Claim mastery")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Claim mastery");
            assertThat(page.locator("img.chart-image")).hasCount(1);
            assertThat(page.locator(".chart-table tbody tr")).hasCount(ClassMasteryView.CHARTED);
            // the image really decodes and has a size
            assertThat((Boolean) page.locator("img.chart-image").evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
            assertThat(page.locator(".claim-mastery")).hasCount(47);
            // weakest first: the first claim card has nobody mastered, the last has two of three
            assertThat(page.locator(".claim-figures").first()).containsText("Mastered by 0 of 3");
            assertThat(page.locator(".claim-figures").last()).containsText("Mastered by 2 of 3");
            shot(page, "mastery-" + suffix);

            page.navigate("http://localhost:" + port + "/quiz/" + f.checkpoint1() + "/statistics");
            assertThat(page.locator("img.chart-image")).hasCount(2);
            assertThat((Boolean) page.locator("img.chart-image").last().evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
            assertThat(page.locator(".chart-table").first()).containsText("50–60%");
            shot(page, "statistics-charts-" + suffix);
        }
    }

    @Test
    void mastery_and_statistics_at_desktop_width() {
        masteryAndStatistics(1280, 900, "wide");
    }

    @Test
    void mastery_and_statistics_at_phone_width() {
        masteryAndStatistics(390, 844, "phone");
    }

    @Test
    void from_a_weak_claim_the_instructor_opens_its_lesson_read_only_and_its_questions_in_the_filtered_bank() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = login(context);
            page.navigate("http://localhost:" + port + "/class/" + f.classId() + "/mastery");
            com.microsoft.playwright.Locator card = page.locator(".claim-mastery").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHas(page.locator(".claim-bank-link"))).first();
            String claimKey = card.locator(".claim-key").textContent().strip();
            String lessonTitle = card.locator(".claim-lesson-link").innerText().strip();

            card.locator(".claim-lesson-link").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(lessonTitle);
            assertThat(page.locator("#staff-preview-note")).containsText("nothing you do here is recorded");
            assertThat(page.locator("#mark-done")).hasCount(0);
            assertThat(page.locator(".claim-card").first()).isVisible();
            shot(page, "lesson-staff-view");

            page.goBack();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Claim mastery");
            card = page.locator(".claim-mastery").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHas(page.locator(".claim-key", new Page.LocatorOptions().setHasText(claimKey)))).first();
            card.locator("vaadin-details-summary").click();
            card.locator(".claim-bank-link").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question bank"))).isVisible();
            assertThat(page.locator("#active-claim-filter")).containsText("Claim " + claimKey);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/bank\\?claim=" + claimKey + "$"));
            shot(page, "bank-claim-filter");

            page.locator("#clear-claim-filter").click();
            assertThat(page.locator("#active-claim-filter")).isHidden();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/bank$"));
        }
    }

    @Test
    void the_gradebook_xlsx_and_the_item_csv_download_with_the_classs_rows() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true))) {
            Page page = login(context);
            page.navigate("http://localhost:" + port + "/class/" + f.classId() + "/gradebook");
            Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download XLSX")).click());
            assertThat(xlsx.suggestedFilename()).isEqualTo("gradebook-" + f.classId() + ".xlsx");
            try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(xlsx.path()))) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertThat(rows).hasSize(4);
                assertThat(rows.stream().skip(1).map(r -> r.getCellText(1))).containsExactlyInAnyOrder(f.a(), f.b(), f.c());
            }

            page.navigate("http://localhost:" + port + "/quiz/" + f.checkpoint1() + "/statistics");
            Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download item statistics (CSV)")).click());
            List<String> lines = Files.readAllLines(csv.path());
            assertThat(lines.getFirst()).startsWith("questionId,questionKey,");
            assertThat(lines).hasSizeGreaterThan(1);
        }
    }
}
