package org.sourcewise.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sourcewise.reports.statistics.Attempts.attempt;
import static org.sourcewise.reports.statistics.Attempts.rightWrong;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two students, three right/wrong questions (max total 3), given out of order:
 * a#1 = 1, a#2 = 3, a#3 = 2; b#1 = 2, b#2 = 2 (a tie).
 */
class AttemptSelectionTest {

    private final List<AttemptResult> attempts = List.of(
            rightWrong("a", 3, 1, 1, 0),
            rightWrong("b", 2, 1, 1, 0),
            rightWrong("a", 1, 1, 0, 0),
            rightWrong("b", 1, 0, 1, 1),
            rightWrong("a", 2, 1, 1, 1));

    @Test
    void first_keeps_each_students_lowest_numbered_attempt() {
        assertThat(ids(AttemptSelection.FIRST)).containsExactly("a#1", "b#1");
        // (1 + 2) / 2 = 1.5 of 3.
        assertThat(QuizStatistics.compute(attempts, AttemptSelection.FIRST).test().meanPercent())
                .hasValueCloseTo(50.0, within(1e-9));
    }

    @Test
    void highest_keeps_the_best_total_and_breaks_ties_with_the_earlier_attempt() {
        assertThat(ids(AttemptSelection.HIGHEST)).containsExactly("b#1", "a#2");
        // (3 + 2) / 2 = 2.5 of 3.
        assertThat(QuizStatistics.compute(attempts, AttemptSelection.HIGHEST).test().meanPercent())
                .hasValueCloseTo(250.0 / 3, within(1e-9));
    }

    @Test
    void last_keeps_each_students_highest_numbered_attempt() {
        assertThat(ids(AttemptSelection.LAST)).containsExactly("a#3", "b#2");
        QuizReport report = QuizStatistics.compute(attempts, AttemptSelection.LAST);
        // Both totals are 2: mean 66.67%, and no spread.
        assertThat(report.test().meanPercent()).hasValueCloseTo(200.0 / 3, within(1e-9));
        assertThat(report.test().standardDeviationPercent()).hasValue(0.0);
    }

    @Test
    void all_keeps_every_attempt_as_if_by_different_students() {
        QuizReport report = QuizStatistics.compute(attempts, AttemptSelection.ALL);

        assertThat(ids(AttemptSelection.ALL)).hasSize(5);
        assertThat(report.test().attemptCount()).isEqualTo(5);
        // (2 + 2 + 1 + 2 + 3) / 5 = 2 of 3.
        assertThat(report.test().meanPercent()).hasValueCloseTo(200.0 / 3, within(1e-9));
        assertThat(report.selection()).isEqualTo(AttemptSelection.ALL);
    }

    @Test
    void highest_treats_totals_differing_only_by_rounding_as_a_tie() {
        // 0.1 + 0.2 is 0.30000000000000004 in doubles, 0.3 + 0 is 0.3: the same score.
        AttemptResult earlier = attempt("c", 1, SlotResult.scored(1, "x", 0.3, 1), SlotResult.scored(2, "y", 0, 1));
        AttemptResult later = attempt("c", 2, SlotResult.scored(1, "x", 0.1, 1), SlotResult.scored(2, "y", 0.2, 1));
        assertThat(later.totalMark()).isGreaterThan(earlier.totalMark());

        assertThat(AttemptSelection.HIGHEST.select(List.of(later, earlier))).containsExactly(earlier);
    }

    @Test
    void two_attempts_with_the_same_number_for_one_student_are_rejected() {
        List<AttemptResult> clash = List.of(
                new AttemptResult("x", "a", 1, List.of(SlotResult.scored(1, "q1", 1, 1))),
                new AttemptResult("y", "a", 1, List.of(SlotResult.scored(1, "q1", 0, 1))));

        assertThatThrownBy(() -> AttemptSelection.FIRST.select(clash))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one attempt numbered 1");
    }

    private List<String> ids(AttemptSelection selection) {
        return selection.select(attempts).stream().map(AttemptResult::attemptId).toList();
    }
}
