package org.sourcewise.quizzes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.quizzes.EssayAttempts;
import org.sourcewise.quizzes.GradingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The grade controls on an attempt's review, as staff use them, and what the student then sees. */
@IntegrationTest
@WithUserDetails("admin")
class GradingViewTest extends SpringBrowserlessTest {

    @Autowired
    EssayAttempts essays;
    @Autowired
    GradingService grading;
    @Autowired
    TestUsers users;

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).all().stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    /** The text of every span on the page: Span components, and the spans of each question's HTML (entities read). */
    private List<String> spans() {
        java.util.stream.Stream<String> inHtml = find(com.vaadin.flow.component.html.Div.class).withClassName("review-body").all().stream()
                .flatMap(d -> org.jsoup.Jsoup.parseBodyFragment(d.getElement().getProperty("innerHTML", "")).select("span").eachText().stream());
        return java.util.stream.Stream.concat(find(Span.class).all().stream().map(HasText::getText), inHtml).toList();
    }

    @Test
    void staff_grade_the_waiting_essay_on_the_review_and_the_new_score_shows() {
        EssayAttempts.EssayAttempt made = essays.create();
        int essay = made.essayPosition();
        navigate("review/" + made.attemptId(), AttemptReviewView.class);
        assertThat(spans()).contains("This essay waits for your grade.", "awaiting grading / 5");

        test(byId(NumberField.class, "score-" + essay)).setValue(4.0);
        test(byId(TextArea.class, "comment-" + essay)).setValue("Good use of the figures.");
        test(byId(Button.class, "grade-" + essay)).click();

        assertThat(spans()).contains("4 / 5", "Good use of the figures.").doesNotContain("This essay waits for your grade.");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().filter(("grade-" + essay)::equals).isPresent());
    }

    @Test
    void an_override_without_a_reason_is_refused_at_the_reason_and_keeps_the_score_typed() {
        EssayAttempts.EssayAttempt made = essays.create();
        int other = made.essayPosition() == 1 ? 2 : 1;
        navigate("review/" + made.attemptId(), AttemptReviewView.class);

        NumberField score = byId(NumberField.class, "score-" + other);
        test(score).setValue(0.0);
        test(byId(Button.class, "override-" + other)).click();

        TextField reason = byId(TextField.class, "reason-" + other);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("reason");
        assertThat(score.getValue()).isZero();

        test(reason).setValue("Answer copied.");
        test(byId(Button.class, "override-" + other)).click();
        assertThat(spans()).contains("0 / 1", "Answer copied.");
    }

    @Test
    void the_student_sees_the_grade_comment_and_reason_on_their_review_without_any_grade_controls() {
        EssayAttempts.EssayAttempt made = essays.create();
        users.run(made.instructor(), () -> grading.gradeEssay(made.attemptId(), made.essayPosition(), 3, "Cite paragraph 2."));
        users.run(made.instructor(), () -> grading.overrideAttempt(made.attemptId(), 5, "Bonus for the class talk."));

        users.run(made.student(), () -> navigate("review/" + made.attemptId(), AttemptReviewView.class));

        assertThat(spans()).contains("3 / 5", "Cite paragraph 2.", "Bonus for the class talk.");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().filter(id -> id.startsWith("grade-")
                || id.startsWith("override-")).isPresent());
        assertThat(find(NumberField.class).all()).isEmpty();
    }
}
