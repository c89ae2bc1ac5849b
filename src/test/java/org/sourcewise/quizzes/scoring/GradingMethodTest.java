package org.sourcewise.quizzes.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GradingMethodTest {

    // chronological: a weak start, the best attempt in the middle, a slip at the end
    private final List<Double> attempts = List.of(40.0, 90.0, 70.0);

    @Test
    void highest_takes_the_best_attempt() {
        assertThat(GradingMethod.HIGHEST.grade(attempts)).hasValue(90.0);
    }

    @Test
    void last_takes_the_most_recent_attempt() {
        assertThat(GradingMethod.LAST.grade(attempts)).hasValue(70.0);
    }

    @Test
    void first_takes_the_earliest_attempt() {
        assertThat(GradingMethod.FIRST.grade(attempts)).hasValue(40.0);
    }

    @Test
    void average_takes_the_mean_of_all_attempts() {
        assertThat(GradingMethod.AVERAGE.grade(attempts)).hasValue(200.0 / 3);
    }

    @ParameterizedTest
    @EnumSource(GradingMethod.class)
    void no_attempt_means_no_grade(GradingMethod method) {
        assertThat(method.grade(List.of())).isEmpty();
        assertThat(method.grade(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(GradingMethod.class)
    void a_single_attempt_is_the_grade_whatever_the_method(GradingMethod method) {
        assertThat(method.grade(List.of(55.0))).hasValue(55.0);
    }
}
