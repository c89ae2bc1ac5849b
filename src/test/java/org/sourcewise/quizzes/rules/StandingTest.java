package org.sourcewise.quizzes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.scoring.GradingMethod;

class StandingTest {

    private static final Instant DUE = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant NOW = DUE.minusSeconds(3600);

    private static QuizRules rules(GradingMethod method, int attemptsAllowed) {
        return new QuizRules(method, 60, attemptsAllowed, null, null, 1800);
    }

    /** An attempt scoring {@code score} of 10, submitted an hour before the due date. */
    private static AttemptSummary marked(int number, double score) {
        return new AttemptSummary(number, 7, number, AttemptState.SUBMITTED, DUE.minusSeconds(7200), null, DUE.minusSeconds(3600),
                false, score, 10, false);
    }

    /** Submitted with an essay waiting: {@code score} is what is marked so far. */
    private static AttemptSummary waiting(int number, double score) {
        return new AttemptSummary(number, 7, number, AttemptState.SUBMITTED, DUE.minusSeconds(7200), null, DUE.minusSeconds(3000),
                false, score, 10, true);
    }

    private static AttemptSummary open(int number) {
        return new AttemptSummary(number, 7, number, AttemptState.IN_PROGRESS, NOW, NOW.plusSeconds(1800), null, false, null, 10, false);
    }

    @Test
    void an_attempt_waiting_for_a_hand_grade_counts_for_no_grading_method_until_graded() {
        List<AttemptSummary> attempts = List.of(marked(1, 4), waiting(2, 9));
        for (GradingMethod method : GradingMethod.values()) {
            Standing s = Standing.of(rules(method, 3), DUE, attempts, NOW);
            assertThat(s.gradePercent()).as(method.name()).isEqualTo(40.0);
            assertThat(s.status()).isEqualTo(GradeStatus.AWAITING_GRADING);
            assertThat(s.markedAttempts()).isEqualTo(1);
            assertThat(s.passed()).isFalse();
        }
    }

    @Test
    void the_only_attempt_waiting_for_a_grade_leaves_no_grade_and_no_pass() {
        Standing s = Standing.of(rules(GradingMethod.HIGHEST, 1), DUE, List.of(waiting(1, 9)), NOW);

        assertThat(s.gradePercent()).isNull();
        assertThat(s.passed()).isFalse();
        assertThat(s.status()).isEqualTo(GradeStatus.AWAITING_GRADING);
        assertThat(Standing.passes(rules(GradingMethod.HIGHEST, 1), waiting(1, 9))).isFalse();
    }

    @Test
    void once_graded_the_attempt_counts_like_any_other() {
        Standing s = Standing.of(rules(GradingMethod.AVERAGE, 3), DUE, List.of(marked(1, 4), marked(2, 9)), NOW);

        assertThat(s.gradePercent()).isEqualTo(65.0);
        assertThat(s.passed()).isTrue();
        assertThat(s.status()).isEqualTo(GradeStatus.SUBMITTED);
    }

    @Test
    void an_overridden_score_is_the_attempts_score() {
        // an override writes the attempt's score: 10 of 10 after a marked 3
        Standing s = Standing.of(rules(GradingMethod.LAST, 2), DUE, List.of(marked(1, 3), marked(2, 10)), NOW);
        assertThat(s.gradePercent()).isEqualTo(100.0);
    }

    @Test
    void ties_and_the_pass_mark_itself_pass() {
        Standing tie = Standing.of(rules(GradingMethod.HIGHEST, 3), DUE, List.of(marked(1, 6), marked(2, 6)), NOW);
        assertThat(tie.gradePercent()).isEqualTo(60.0);
        assertThat(tie.passed()).as("exactly the pass mark").isTrue();
        Standing below = Standing.of(rules(GradingMethod.AVERAGE, 3), DUE, List.of(marked(1, 6), marked(2, 5.99)), NOW);
        assertThat(below.passed()).isFalse();
    }

    @Test
    void attempts_left_count_open_and_submitted_attempts_and_unlimited_is_null() {
        assertThat(Standing.of(rules(GradingMethod.HIGHEST, 2), DUE, List.of(marked(1, 5), open(2)), NOW).attemptsLeft()).isZero();
        assertThat(Standing.of(rules(GradingMethod.HIGHEST, 3), DUE, List.of(marked(1, 5)), NOW).attemptsLeft()).isEqualTo(2);
        assertThat(Standing.of(rules(GradingMethod.HIGHEST, 0), DUE, List.of(marked(1, 5)), NOW).attemptsLeft()).isNull();
    }

    @Test
    void an_open_attempt_is_in_progress_while_earlier_grades_still_count() {
        Standing s = Standing.of(rules(GradingMethod.HIGHEST, 3), DUE, List.of(marked(1, 7), open(2)), NOW);

        assertThat(s.status()).isEqualTo(GradeStatus.IN_PROGRESS);
        assertThat(s.openAttempt().number()).isEqualTo(2);
        assertThat(s.gradePercent()).isEqualTo(70.0);
    }

    @Test
    void overdue_means_past_the_due_date_with_nothing_submitted() {
        Instant after = DUE.plusSeconds(1);
        assertThat(Standing.of(rules(GradingMethod.HIGHEST, 1), DUE, List.of(), after).overdue()).isTrue();
        assertThat(Standing.of(rules(GradingMethod.HIGHEST, 1), DUE, List.of(open(1)), after).overdue()).isTrue();
        assertThat(Standing.of(rules(GradingMethod.HIGHEST, 1), DUE, List.of(marked(1, 5)), after).overdue()).isFalse();
        assertThat(Standing.of(rules(GradingMethod.HIGHEST, 1), DUE, List.of(), NOW).overdue()).isFalse();
        assertThat(Standing.of(rules(GradingMethod.HIGHEST, 1), null, List.of(), after).overdue()).isFalse();
    }
}
