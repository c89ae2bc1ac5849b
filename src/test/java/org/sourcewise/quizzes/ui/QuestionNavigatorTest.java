package org.sourcewise.quizzes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionNavigatorTest {

    @Test
    void each_question_is_a_native_button_named_with_its_state_for_screen_readers() {
        String html = QuestionNavigator.html(3, 2, Set.of(1, 2), Set.of(2));

        assertThat(html).containsSubsequence(
                "<button type=\"button\" class=\"nav-item answered\" data-q=\"1\" aria-label=\"Question 1, answered\">1</button>",
                "<button type=\"button\" class=\"nav-item answered flagged current\" aria-current=\"step\" data-q=\"2\" "
                        + "aria-label=\"Question 2, answered, flagged\">2</button>",
                "<button type=\"button\" class=\"nav-item unanswered\" data-q=\"3\" aria-label=\"Question 3, not answered\">3</button>");
        assertThat(html.split("<button").length - 1).isEqualTo(3);
    }
}
