package org.sourcewise.quizzes.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void a_fraction_outside_zero_to_one_is_rejected() {
        assertThatThrownBy(() -> Score.of(1.5, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of(-0.1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of(Double.NaN, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_manual_grade_replaces_the_provisional_zero_and_ends_the_wait() {
        Score graded = Score.awaitingGrading().withManualGrade(0.75);
        assertThat(graded.fraction()).isEqualTo(0.75);
        assertThat(graded.needsManualGrading()).isFalse();
    }

    @Test
    void full_marks_count_as_correct_and_some_credit_as_partial() {
        assertThat(Score.of(1, List.of()).isCorrect()).isTrue();
        assertThat(Score.of(1, List.of()).isPartiallyCorrect()).isFalse();
        assertThat(Score.of(0.5, List.of()).isPartiallyCorrect()).isTrue();
        assertThat(Score.of(0.5, List.of()).isCorrect()).isFalse();
        assertThat(Score.zero().isPartiallyCorrect()).isFalse();
    }
}
