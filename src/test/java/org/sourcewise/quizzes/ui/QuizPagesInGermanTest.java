package org.sourcewise.quizzes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.browser.ui.LanguageSwitch;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.EssayAttempts;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The quiz pages on a German page: the app's words in German, the course's words as written (issue 18). */
@IntegrationTest
class QuizPagesInGermanTest extends SpringBrowserlessTest {

    @Autowired
    AttemptStartService attemptStarts;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    EssayAttempts essays;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private long finalQuiz() {
        return SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "final")
                .orElseThrow().id());
    }

    /** Every text, attribute and property under the UI, overlays included: what a screen reader could say. */
    private static String everythingSent() {
        StringBuilder all = new StringBuilder();
        collect(UI.getCurrent().getElement(), all);
        return all.toString();
    }

    private static void collect(Element element, StringBuilder all) {
        if (element.isTextNode()) {
            all.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames().forEach(n -> all.append(element.getAttribute(n)).append('\n'));
        element.getPropertyNames().forEach(n -> all.append(element.getProperty(n, "")).append('\n'));
        element.getChildren().forEach(c -> collect(c, all));
        if (element.getNode().hasFeature(VirtualChildrenList.class)) {
            VirtualChildrenList virtual = element.getNode().getFeature(VirtualChildrenList.class);
            for (int i = 0; i < virtual.size(); i++) {
                collect(Element.get(virtual.get(i)), all);
            }
        }
    }

    private <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return find(type).all().stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("student3")
    void the_start_and_attempt_pages_speak_german_to_the_student_and_to_screen_readers() {
        long quizId = finalQuiz();
        navigate("quiz/" + quizId, QuizStartView.class);
        assertThat(everythingSent()).contains("Bevor Sie beginnen", "eine pro Seite", "Bestehensgrenze:")
                .doesNotContain("Before you start", "one per page", "Pass mark");
        // the quiz's title is the course's words: it carries the course's language, the page's words do not
        assertThat(find(H1.class).single().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(find(com.vaadin.flow.component.Html.class).withClassName("quiz-description").single().getElement().getAttribute("lang"))
                .isEqualTo("en");
        assertThat(find(H2.class).all()).allSatisfy(h -> assertThat(h.getElement().hasAttribute("lang")).isFalse());

        navigate("attempt/" + attemptStarts.startOrResume(quizId), QuizTakingView.class);

        String page = everythingSent();
        assertThat(page).contains("Frage ", " von 20 · ", "Versuch beenden…", "Weiter", "Vorerst verlassen", "Zur Durchsicht markieren",
                        ", nicht beantwortet")
                .doesNotContain("Finish attempt", "Leave for now", "Flag for review", ", not answered", ", answered", " of 20 · ");
        assertThat(find(LanguageSwitch.class).all()).hasSize(1); // the page has no main layout: its bar has the switch
    }

    @Test
    @WithUserDetails("instructor")
    void the_builder_speaks_german_and_says_what_stops_a_save_in_german() {
        UI.getCurrent().navigate("quizzes/new", QueryParameters.of("course", "russia-north-korea-2017"));
        assertThat(getCurrentView()).isInstanceOf(QuizBuilderView.class);
        test(byId(Button.class, "add-draw")).click();

        assertThat(everythingSent()).contains("Neues Quiz", "Einstellungen", "Quiz speichern", "Zufallsauswahl", "veröffentlichte Frage")
                .doesNotContain("Save quiz", "Settings", "Random draw", "published questions in ");

        test(byId(Button.class, "save-quiz")).click(); // refused: no title; nothing is stored
        assertThat(byId(TextField.class, "quiz-title").getErrorMessage()).isEqualTo("Ein Quiz braucht einen Titel.");
        assertThat(everythingSent()).contains("Das Quiz wurde nicht gespeichert").doesNotContain("The quiz was not saved");
    }

    @Test
    @WithUserDetails("admin")
    void the_review_and_its_grade_controls_speak_german_and_a_refused_grade_says_why_in_german() {
        EssayAttempts.EssayAttempt made = essays.create();
        int other = made.essayPosition() == 1 ? 2 : 1;
        navigate("review/" + made.attemptId(), AttemptReviewView.class);
        assertThat(everythingSent()).contains("Dieser Aufsatz wartet auf Ihre Bewertung.", "Ihre Antwort", "Richtige Antwort", "wartet auf Bewertung / 5")
                .doesNotContain("This essay waits for your grade.", "Your answer", "Correct answer", "awaiting grading");

        test(byId(com.vaadin.flow.component.textfield.NumberField.class, "score-" + other)).setValue(0.0);
        test(byId(Button.class, "override-" + other)).click(); // refused by the service: no reason

        assertThat(byId(TextField.class, "reason-" + other).getErrorMessage()).startsWith("Geben Sie einen Grund");
    }
}
