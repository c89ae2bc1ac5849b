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

    @Test
    void a_hand_grade_that_changes_a_claims_rating_is_dated_at_submission_unless_the_claim_was_reviewed_since() {
        java.time.Instant submitted = java.time.Instant.parse("2026-03-02T10:00:00Z");
        java.time.Instant graded = submitted.plus(Duration.ofDays(3));
        // an essay that waited: no rating before, Good after, never reviewed -> Good at submission
        assertThat(PracticeRules.regrade(List.of(), List.of(Rating.GOOD), submitted, graded, null))
                .contains(new PracticeRules.Regrade(Rating.GOOD, submitted));
        // reviewed before the attempt only: still at submission
        assertThat(PracticeRules.regrade(List.of(), List.of(Rating.AGAIN), submitted, graded, submitted.minus(Duration.ofDays(5))))
                .contains(new PracticeRules.Regrade(Rating.AGAIN, submitted));
        // reviewed at submission (this attempt) or later (practice): a review at grading time
        assertThat(PracticeRules.regrade(List.of(Rating.GOOD), List.of(Rating.AGAIN), submitted, graded, submitted.plusNanos(500)))
                .contains(new PracticeRules.Regrade(Rating.AGAIN, graded));
        assertThat(PracticeRules.regrade(List.of(Rating.AGAIN), List.of(Rating.GOOD), submitted, graded, submitted.plus(Duration.ofDays(1))))
                .contains(new PracticeRules.Regrade(Rating.GOOD, graded));
    }

    @Test
    void a_hand_grade_that_leaves_the_attempts_rating_of_the_claim_as_it_was_adds_no_review() {
        java.time.Instant submitted = java.time.Instant.parse("2026-03-02T10:00:00Z");
        java.time.Instant graded = submitted.plus(Duration.ofDays(3));
        // another question of the attempt missed the claim: Again wins either way
        assertThat(PracticeRules.regrade(List.of(Rating.AGAIN, Rating.GOOD), List.of(Rating.AGAIN, Rating.AGAIN), submitted, graded, submitted))
                .isEmpty();
        assertThat(PracticeRules.regrade(List.of(Rating.GOOD), List.of(Rating.GOOD), submitted, graded, submitted)).isEmpty();
        // a grade taken back to "awaiting" cannot happen; no rating after means nothing to record
        assertThat(PracticeRules.regrade(List.of(Rating.GOOD), List.of(), submitted, graded, submitted)).isEmpty();
    }
}
