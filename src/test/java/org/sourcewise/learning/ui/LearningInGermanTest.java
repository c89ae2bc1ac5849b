package org.sourcewise.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo student's pages with German chosen (issue 18): the app's own words are German, the course's
 * (lesson titles, claims, questions) stay as written. Only reads: nothing here is answered or marked done.
 */
@IntegrationTest
@WithUserDetails("student")
class LearningInGermanTest extends SpringBrowserlessTest {

    @Autowired
    CourseService courses;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private String page() {
        return Texts.of((Component) getCurrentView());
    }

    private List<String> headings(Class<? extends Component> type) {
        return find(type).all().stream().map(h -> h.getElement().getText()).toList();
    }

    @Test
    void the_student_home_speaks_german() {
        // the home the test opened at the start was built in English, before German was chosen: come back to it
        navigate("lessons", LessonsView.class);
        StudentHomeView home = navigate("student", StudentHomeView.class);

        assertThat(find(H1.class).single().getText()).startsWith("Willkommen, ");
        assertThat(headings(H2.class)).contains("Quizze", "Lektionen").doesNotContain("Quizzes", "Lessons");
        assertThat(home.getPageTitle()).isEqualTo("Mein Lernen · Sourcewise");
        assertThat(page()).contains("Ihre Klasse", "Aussagen", "Fällig am").doesNotContain("Welcome", "Your class", "Due ",
                "claims", "attempts", "Not started");
        // quiz and lesson titles are the course's words, in its language; the badges beside them are the page's
        assertThat(find(Anchor.class, home).withClassName("card-title").all()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getElement().getAttribute("lang")).isEqualTo("en"));
        assertThat(find(Span.class, home).withClassName("badge").all()).allSatisfy(b -> assertThat(langOf(b.getElement())).isNull());
    }

    @Test
    void the_lesson_list_speaks_german() {
        LessonsView lessons = navigate("lessons", LessonsView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Lektionen");
        assertThat(lessons.getPageTitle()).isEqualTo("Lektionen · Sourcewise");
        assertThat(find(Span.class, lessons).withClassName("badge").all()).extracting(Span::getText)
                .isNotEmpty().allMatch(s -> List.of("Erledigt", "Begonnen", "Nicht begonnen").contains(s));
        assertThat(page()).contains(" sicher · ", "noch nicht geübt").doesNotContain("mastered", "not yet practised", "Practise now");
        assertThat(find(com.vaadin.flow.router.RouterLink.class, lessons).withClassName("card-title").all()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getElement().getAttribute("lang")).isEqualTo("en"));
    }

    /** The first course's lesson 1, whose first check is a true/false question. */
    private long lessonOne() {
        return SystemTask.call(() -> {
            long courseId = courses.findCourse("russia-north-korea-2017").orElseThrow().id();
            return courses.lessons(courseId).stream().filter(l -> l.key().equals("l1")).findFirst().orElseThrow();
        }).id();
    }

    @Test
    void a_lesson_speaks_german_but_its_claims_stay_as_the_course_wrote_them() {
        long l1 = lessonOne();
        LessonView lesson = navigate("lesson/" + l1, LessonView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("A new hierarchy of allies");
        assertThat(((HasDynamicTitle) lesson).getPageTitle()).isEqualTo("A new hierarchy of allies · Sourcewise");
        assertThat(headings(H2.class)).contains("Aussagen", "Schlüsselbegriffe", "Selbstkontrolle", "Fertig?")
                .doesNotContain("Claims", "Key terms", "Check yourself", "Finished?");
        assertThat(headings(H3.class)).contains("Frage 1 von 3");
        assertThat(find(Span.class).withClassName("kind").all()).extracting(Span::getText).contains("Zahl", "Hintergrund");
        assertThat(find(Span.class).withClassName("context-label").first().getText()).isEqualTo("Kontext");
        assertThat(find(Button.class).id("mark-done").getText()).isIn("Lektion als erledigt markieren", "Lektion erledigt");
        assertThat(page()).contains("← Alle Lektionen", "Lektion 1").doesNotContain("All lessons", "Mark lesson done", "Question 1 of");

        // checking without an answer asks for one, in German, and records nothing
        Component card = find(H3.class).withText("Frage 1 von 3").single().getParent().orElseThrow();
        test(find(Button.class, card).withText("Prüfen").single()).click();
        assertThat(Texts.of(card)).contains("Wählen oder tippen Sie zuerst eine Antwort").doesNotContain("Choose or type");
    }

    @Test
    void a_lesson_check_says_true_and_false_in_german_and_marks_only_the_courses_words_english() {
        long l1 = lessonOne();
        navigate("lesson/" + l1, LessonView.class);

        // lesson 1's first check is a true/false question: its choices are the page's words, not the stored True and False
        Component card = find(H3.class).withText("Frage 1 von 3").single().getParent().orElseThrow();
        QuestionForm form = find(QuestionForm.class, card).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> choices = find(RadioButtonGroup.class, form).single();
        assertThat(Texts.of(choices)).contains("Wahr", "Falsch").doesNotContain("True", "False");
        assertThat(choices.getLabel()).isEqualTo("Wählen Sie eine Antwort");
        // the app's words sit in no element marked with the course's language; the stem is marked
        assertThat(langOf(choices.getElement())).isNull();
        assertThat(find(Span.class, choices).all()).isNotEmpty().allSatisfy(s -> assertThat(langOf(s.getElement())).isNull());
        assertThat(find(Html.class, form).withClassName("question-stem").single().getElement().getAttribute("lang")).isEqualTo("en");
    }

    /** The lang of the nearest element, {@code element} included, that says one; null when none does. */
    private static String langOf(Element element) {
        for (Element e = element; e != null; e = e.getParent()) {
            if (e.hasAttribute("lang")) {
                return e.getAttribute("lang");
            }
        }
        return null;
    }

    @Test
    void practice_speaks_german() {
        PracticeView practice = navigate("practice", PracticeView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Üben");
        assertThat(practice.getPageTitle()).isEqualTo("Üben · Sourcewise");
        assertThat(find(Paragraph.class).id("due-count").getText()).matches("(Keine Aussagen|1 Aussage|[\\d.]+ Aussagen) fällig");
        assertThat(page()).doesNotContain("claims due", "No claims due", "I don't know", "All caught up");
    }
}
