package org.sourcewise.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.learning.fsrs.Rating;

class PracticeRulesTest {

    @Test
    void in_practice_right_is_good_right_within_eight_seconds_is_easy_and_anything_else_is_again() {
        assertThat(PracticeRules.practice(true, Duration.ofSeconds(3))).isEqualTo(Rating.EASY);
        assertThat(PracticeRules.practice(true, Duration.ofSeconds(8))).isEqualTo(Rating.EASY);
        assertThat(PracticeRules.practice(true, Duration.ofMillis(8001))).isEqualTo(Rating.GOOD);
        assertThat(PracticeRules.practice(true, null)).isEqualTo(Rating.GOOD);
        assertThat(PracticeRules.practice(true, Duration.ofSeconds(-5))).isEqualTo(Rating.GOOD);
        assertThat(PracticeRules.practice(false, Duration.ofSeconds(1))).isEqualTo(Rating.AGAIN);
    }

    @Test
    void in_a_quiz_full_marks_are_good_less_or_blank_is_again_and_awaiting_grading_is_no_rating() {
        assertThat(PracticeRules.quizQuestion(1.0, true)).contains(Rating.GOOD);
        assertThat(PracticeRules.quizQuestion(0.99999999, true)).contains(Rating.GOOD);
        assertThat(PracticeRules.quizQuestion(0.999, true)).contains(Rating.AGAIN);
        assertThat(PracticeRules.quizQuestion(0.0, true)).contains(Rating.AGAIN);
        assertThat(PracticeRules.quizQuestion(0.0, false)).contains(Rating.AGAIN);
        assertThat(PracticeRules.quizQuestion(null, true)).isEmpty();
    }

    @Test
    void one_claim_in_several_questions_is_again_if_any_was_missed() {
        assertThat(PracticeRules.combine(List.of(Rating.GOOD, Rating.AGAIN, Rating.GOOD))).contains(Rating.AGAIN);
        assertThat(PracticeRules.combine(List.of(Rating.GOOD, Rating.GOOD))).contains(Rating.GOOD);
        assertThat(PracticeRules.combine(List.of())).isEmpty();
    }
}
