package org.sourcewise.quizzes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The builder as an instructor uses it, without a browser: refused saves say what and where and keep the input. */
@IntegrationTest
@WithUserDetails("instructor")
class QuizBuilderViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return find(type).all().stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private void openNewQuiz() {
        UI.getCurrent().navigate("quizzes/new", QueryParameters.of("course", "russia-north-korea-2017"));
        assertThat(getCurrentView()).isInstanceOf(QuizBuilderView.class);
    }

    @Test
    void saving_an_empty_quiz_marks_the_title_and_the_slots_and_stores_nothing() {
        openNewQuiz();
        long before = jdbc.queryForObject("select count(*) from quiz", Long.class);
        IntegerField attempts = byId(IntegerField.class, "attempts-allowed");
        test(attempts).setValue(3);

        test(byId(Button.class, "save-quiz")).click();

        TextField title = byId(TextField.class, "quiz-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("A quiz needs a title.");
        assertThat(byId(Div.class, "slots-error").getText()).isEqualTo("Add at least one question or random draw.");
        assertThat(byId(Div.class, "form-error").getText()).startsWith("The quiz was not saved");
        assertThat(attempts.getValue()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from quiz", Long.class)).isEqualTo(before);
    }

    @Test
    void a_draw_larger_than_its_pool_is_flagged_as_typed_and_the_summary_counts_questions_and_points() {
        openNewQuiz();
        test(byId(Button.class, "add-draw")).click();
        IntegerField count = find(IntegerField.class).all().stream().filter(f -> f.hasClassName("slot-count")).findFirst().orElseThrow();

        test(count).setValue(150);

        assertThat(count.isInvalid()).isTrue();
        assertThat(find(Span.class).all().stream().filter(s -> s.hasClassName("slot-error")).map(Span::getText))
                .singleElement().asString().contains("published questions; this draw asks for 150.");
        assertThat(count.getValue()).isEqualTo(150);

        test(count).setValue(3);
        NumberField points = find(NumberField.class).all().stream().filter(f -> f.hasClassName("slot-points")).findFirst().orElseThrow();
        test(points).setValue(2.0);
        assertThat(count.isInvalid()).isFalse();
        assertThat(byId(Span.class, "quiz-summary").getText()).isEqualTo("3 questions · 6 points per attempt");
    }
}
