package org.sourcewise.quizzes.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void null_values_become_an_empty_answer() {
        assertThat(new Answer(null).values()).isEmpty();
        assertThat(new Answer(null).isEmpty()).isTrue();
    }

    @Test
    void a_null_element_is_stored_as_a_blank_value() {
        assertThat(new Answer(Arrays.asList("a", null)).values()).containsExactly("a", "");
    }

    @Test
    void an_answer_of_only_blank_values_is_empty() {
        assertThat(Answer.of(" ", "").isEmpty()).isTrue();
        assertThat(Answer.of(" ", "x").isEmpty()).isFalse();
    }

    @Test
    void indexes_are_stored_as_their_decimal_text() {
        assertThat(Answer.ofIndexes(2, 0, 11).values()).containsExactly("2", "0", "11");
    }

    @Test
    void a_boolean_answer_is_stored_as_true_or_false() {
        assertThat(Answer.ofBoolean(true).values()).containsExactly("true");
        assertThat(Answer.ofBoolean(false).values()).containsExactly("false");
    }

    @Test
    void the_answer_does_not_change_when_the_callers_list_does() {
        List<String> values = new ArrayList<>(List.of("a"));
        Answer answer = new Answer(values);
        values.add("b");
        assertThat(answer.values()).containsExactly("a");
        assertThatThrownBy(() -> answer.values().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_missing_value_reads_as_blank() {
        assertThat(Answer.of("a").valueAt(3)).isEmpty();
        assertThat(Answer.of("a").valueAt(-1)).isEmpty();
        assertThat(Answer.of("a").valueAt(0)).isEqualTo("a");
    }
}
