package org.sourcewise.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.TestUsers;
import org.sourcewise.IntegrationTest;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.reports.GradebookService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The claim mastery, statistics and gradebook views without a browser: the demo instructor opens
 * the demo class's views and is refused those of a class they do not teach, which an admin opens;
 * a student is refused all.
 */
@IntegrationTest
class ReportViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    TestClasses testClasses;
    @Autowired
    ClassService classes;
    @Autowired
    CourseService courses;
    @Autowired
    QuizService quizzes;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    org.sourcewise.quizzes.TestAnswers answers;
    @Autowired
    org.sourcewise.quizzes.AccommodationService accommodations;
    @Autowired
    org.sourcewise.accounts.AccountService accounts;

    long demoClass;
    long otherClass;
    long checkpoint1;

    @BeforeEach
    void classes() {
        demoClass = users.as("instructor", () -> classes.teachingClasses()).stream()
                .filter(c -> "DEMO-2017".equals(c.joinCode())).map(ClassInfo::id).findFirst().orElseThrow();
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        otherClass = testClasses.newClass(courseId, java.util.Map.of()).id();
        checkpoint1 = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-1").orElseThrow().id());
    }

    private void tryNavigate(String path) {
        catchThrowable(() -> navigate(path, Component.class));
    }

    private String heading() {
        return find(H1.class).all().stream().map(H1::getText).findFirst().orElse("");
    }

    private static String svgOf(Image image) {
        String src = image.getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        return new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @WithUserDetails("instructor")
    void the_instructor_sees_the_classs_claims_weakest_first_with_a_bar_chart_and_its_table() {
        navigate("class/" + demoClass + "/mastery", ClassMasteryView.class);

        assertThat(heading()).startsWith("Claim mastery: ");
        ChartPanel panel = find(ChartPanel.class).single();
        String svg = svgOf(panel.image());
        assertThat(svg).startsWith("<svg").contains("<title>");
        NativeTable table = panel.table();
        assertThat(table.getHead().getRows().getFirst().getHeaderCells()).extracting(c -> c.getText())
                .containsExactly("Claim", "Mastered", "Shaky", "Not yet seen", "Quiz answers");
        assertThat(table.getBody().getRows()).hasSize(ClassMasteryView.CHARTED);
        // one bar label per charted claim, in the table's order
        table.getBody().getRows().forEach(r -> assertThat(svg).contains(">" + r.getHeaderCells().getFirst().getText() + "</text>"));
        assertThat(find(Span.class).withClassName("claim-figures").all()).hasSize(47)
                .allSatisfy(s -> assertThat(s.getText()).startsWith("Mastered by "));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("class/" + demoClass + "/gradebook");
    }

    @Test
    @WithUserDetails("instructor")
    void each_claim_links_to_its_lesson_and_to_its_questions_in_the_bank_filtered_by_the_claim() {
        navigate("class/" + demoClass + "/mastery", ClassMasteryView.class);
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        var claims = SystemTask.call(() -> courses.claims(courseId));
        var lessons = SystemTask.call(() -> courses.lessons(courseId));

        // every claim of the first course is taught in a lesson: 47 lesson links, each to the claim's lesson
        List<Anchor> lessonLinks = find(Anchor.class).withClassName("claim-lesson-link").all();
        assertThat(lessonLinks).hasSize(47);
        assertThat(lessonLinks).extracting(Anchor::getHref).allMatch(h -> h.matches("lesson/\\d+"))
                .containsAll(lessons.stream().map(l -> "lesson/" + l.id()).toList());
        // the weakest claim that has questions
        com.vaadin.flow.component.Component firstCard = find(Span.class).withClassName("claim-figures").all().stream()
                .map(f -> f.getParent().orElseThrow())
                .filter(card -> !find(Anchor.class, card).withClassName("claim-bank-link").all().isEmpty())
                .findFirst().orElseThrow();
        String firstKey = find(Span.class, firstCard).withClassName("claim-key").single().getText();
        var first = claims.stream().filter(c -> c.key().equals(firstKey)).findFirst().orElseThrow();
        var firstLesson = lessons.stream().filter(l -> l.id() == first.lessonId()).findFirst().orElseThrow();
        Anchor lesson = find(Anchor.class, firstCard).withClassName("claim-lesson-link").single();
        assertThat(lesson.getHref()).isEqualTo("lesson/" + firstLesson.id());
        assertThat(lesson.getText()).isEqualTo(firstLesson.title());

        // the bank link filters by the claim; each question's key selects it there
        assertThat(find(Anchor.class, firstCard).withClassName("claim-bank-link").single().getHref())
                .isEqualTo("course/russia-north-korea-2017/bank?claim=" + firstKey);
        assertThat(find(Anchor.class, firstCard).all()).extracting(Anchor::getHref)
                .anyMatch(h -> h.startsWith("course/russia-north-korea-2017/bank?claim=" + firstKey + "&question=q-"));
    }

    @Test
    @WithUserDetails("instructor")
    void another_classs_mastery_is_refused_to_the_instructor() {
        // the service refuses, and the router shows its error page instead of the view
        tryNavigate("class/" + otherClass + "/mastery");
        assertThat(getCurrentView()).isNotInstanceOf(ClassMasteryView.class);
        // the same page as for a class that does not exist, with none of the refusal's words
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("instructor")
    void another_classs_gradebook_is_refused_to_the_instructor() {
        tryNavigate("class/" + otherClass + "/gradebook");
        assertThat(getCurrentView()).isNotInstanceOf(GradebookView.class);
        // the same page as for a class that does not exist, with none of the refusal's words
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_opens_any_classs_mastery() {
        navigate("class/" + otherClass + "/mastery", ClassMasteryView.class);
        assertThat(heading()).startsWith("Claim mastery: ");
        // a class without students: nobody has mastered anything
        assertThat(find(Span.class).withClassName("claim-figures").all()).allSatisfy(s -> assertThat(s.getText()).startsWith("Mastered by 0 of 0"));
    }

    @Test
    @WithUserDetails("student")
    void a_student_is_refused_mastery_statistics_and_gradebook() {
        for (String path : List.of("class/" + demoClass + "/mastery", "quiz/" + checkpoint1 + "/statistics", "class/" + demoClass + "/gradebook")) {
            tryNavigate(path);
            assertThat(getCurrentView()).isNotInstanceOfAny(ClassMasteryView.class, QuizStatisticsView.class, GradebookView.class);
        }
    }

    @Test
    @WithUserDetails("instructor")
    void the_gradebook_links_to_claim_mastery_and_offers_csv_and_xlsx() {
        navigate("class/" + demoClass + "/gradebook", GradebookView.class);

        assertThat(find(RouterLink.class).withText("Claim mastery").single().getHref()).isEqualTo("class/" + demoClass + "/mastery");
        assertThat(find(Anchor.class).withClassName("download-link").all()).extracting(Anchor::getText)
                .containsExactly("Download CSV", "Download XLSX");
    }

    @Test
    @WithUserDetails("instructor")
    void the_statistics_view_draws_both_charts_with_tables_and_offers_the_item_csv() {
        navigate("quiz/" + checkpoint1 + "/statistics", QuizStatisticsView.class);

        assertThat(find(Anchor.class).withClassName("download-link").single().getText()).isEqualTo("Download item statistics (CSV)");
        List<ChartPanel> panels = find(ChartPanel.class).all();
        if (panels.isEmpty()) {
            // no submitted attempt in the demo class yet: no chart, said in words
            assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("No submitted attempt yet."));
            return;
        }
        assertThat(panels).hasSize(2);
        assertThat(panels.get(0).table().getBody().getRows()).hasSize(10);
        assertThat(svgOf(panels.get(0).image())).contains("Score distribution");
        assertThat(svgOf(panels.get(1).image())).contains("Facility against discrimination");
    }

    @Test
    @WithUserDetails("instructor")
    void the_gradebook_marks_an_accommodated_students_cell_and_no_other() {
        TestClasses.TestClass c = testClasses.newClass(null, java.util.Map.of(checkpoint1, java.time.Instant.now().plus(java.time.Duration.ofDays(3))));
        List<String> students = testClasses.newStudentsIn(c, 2);
        long granted = users.as("admin", () -> accounts.findByUsername(students.get(0)).orElseThrow()).id().value();
        users.run(c.instructor(), () -> accommodations.grant(c.id(), checkpoint1, List.of(granted),
                new org.sourcewise.quizzes.rules.Accommodation(50, 0, null, 0)));

        java.util.Map<String, Boolean> markedByUsername = users.as(c.instructor(), () -> {
            navigate("class/" + c.id() + "/gradebook", GradebookView.class);
            @SuppressWarnings("unchecked")
            var grid = test((com.vaadin.flow.component.grid.Grid<Object>) find(com.vaadin.flow.component.grid.Grid.class).single());
            java.util.Map<String, Boolean> marked = new java.util.HashMap<>();
            for (int row = 0; row < grid.size(); row++) {
                // the columns: student, username, then the class's one quiz
                marked.put(grid.getCellText(row, 1), grid.getCellComponent(row, 2).getElement().getChildren()
                        .anyMatch(e -> e.getClassList().contains("badge-accommodated")));
            }
            return marked;
        });
        assertThat(markedByUsername).isEqualTo(java.util.Map.of(students.get(0), true, students.get(1), false));
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("instructor")
    void the_gradebook_a_students_results_statistics_and_claim_mastery_speak_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);

        navigate("class/" + demoClass + "/gradebook", GradebookView.class);
        assertThat(heading()).startsWith("Notenbuch: ");
        assertThat(find(RouterLink.class).withText("Lernstand je Aussage").single().getHref()).isEqualTo("class/" + demoClass + "/mastery");
        assertThat(find(Anchor.class).withClassName("download-link").all()).extracting(Anchor::getText)
                .containsExactly("CSV herunterladen", "XLSX herunterladen");
        assertThat(pageText()).contains("Bewertungsmethode").doesNotContain("Gradebook", "Download", "grading method");

        long student = users.as("instructor", () -> gradebooks.gradebook(demoClass).orElseThrow().rows().getFirst().student().id().value());
        navigate("student/" + demoClass + "/" + student, StudentResultsView.class);
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).anyMatch(t -> t.startsWith("← Notenbuch von "));
        assertThat(pageText()).contains("Note (").doesNotContain("Gradebook of", "Grade (", "No attempt yet", "No due date");

        navigate("class/" + demoClass + "/mastery", ClassMasteryView.class);
        assertThat(heading()).startsWith("Lernstand je Aussage: ");
        ChartPanel panel = find(ChartPanel.class).single();
        assertThat(panel.table().getHead().getRows().getFirst().getHeaderCells()).extracting(c -> c.getText())
                .containsExactly("Aussage", "Beherrscht", "Unsicher", "Noch nicht gesehen", "Quiz-Antworten");
        assertThat(svgOf(panel.image())).contains("Die 12 schwächsten Aussagen", "Studierende der Klasse (%)", "Beherrscht")
                .doesNotContain("weakest", "Mastered");
        assertThat(panel.image().getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("(Diagramm;"));
        assertThat(find(Span.class).withClassName("claim-figures").all()).allSatisfy(s -> assertThat(s.getText()).startsWith("Beherrscht: "));
        assertThat(pageText()).contains("Alle Aussagen, die schwächsten zuerst", "Lektion: ")
                .doesNotContain("Claim mastery", "weakest first", "Mastered by", "Lesson: ", "Questions that test it", "question bank");

        answers.take(users.newDemoStudent(), checkpoint1, 3); // a submitted attempt, so that there are figures to write
        navigate("quiz/" + checkpoint1 + "/statistics", QuizStatisticsView.class);
        assertThat(heading()).startsWith("Statistik: ");
        assertThat(find(Anchor.class).withClassName("download-link").single().getText()).isEqualTo("Item-Statistik herunterladen (CSV)");
        assertThat(pageText()).contains("Mittelwert", "Standardabweichung")
                .doesNotContain("Attempts counted", "Mean", "Standard deviation", "Score distribution", "No submitted attempt");
        assertThat(find(ChartPanel.class).all()).hasSize(2);
        // numbers in German: a decimal comma and a space before the percent sign
        assertThat(find(Span.class).withClassName("stat-value").all()).extracting(Span::getText)
                .anyMatch(v -> v.matches("-?\\d+,\\d\u00a0%"));
    }
}
