package org.sourcewise.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sourcewise.reports.statistics.Attempts.attempt;
import static org.sourcewise.reports.statistics.Attempts.rightWrong;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small and degenerate data sets: figures that cannot be defined must be absent, never NaN. */
class EdgeCasesTest {

    @Test
    void no_attempts_give_a_report_with_only_counts_and_an_empty_histogram() {
        QuizReport report = QuizStatistics.compute(List.of(), AttemptSelection.FIRST);

        assertThat(report.test().attemptCount()).isZero();
        assertThat(report.test().meanPercent()).isEmpty();
        assertThat(report.test().medianPercent()).isEmpty();
        assertThat(report.test().standardDeviationPercent()).isEmpty();
        assertThat(report.test().histogram()).hasSize(10).allMatch(bin -> bin.count() == 0);
        assertThat(report.questions()).isEmpty();
    }

    @Test
    void one_attempt_has_a_mean_but_no_standard_deviation() {
        QuizReport report = QuizStatistics.compute(List.of(rightWrong("s1", 1, 1, 0, 1)), AttemptSelection.ALL);

        assertThat(report.test().meanPercent()).hasValueCloseTo(200.0 / 3, within(1e-9));
        assertThat(report.test().medianPercent()).hasValueCloseTo(200.0 / 3, within(1e-9));
        assertThat(report.test().standardDeviationPercent()).isEmpty();
        assertThat(report.test().internalConsistencyPercent()).isEmpty();
        QuestionStatistics q1 = report.question("q1").orElseThrow();
        assertThat(q1.facilityPercent()).isEqualTo(100.0);
        assertThat(q1.standardDeviationPercent()).isEmpty();
        assertThat(q1.discriminationIndexPercent()).isEmpty();
        // Facility flags still apply: they need no spread.
        assertThat(q1.flags()).containsExactly(QuestionFlag.TOO_EASY);
        assertThat(report.question("q2").orElseThrow().flags()).containsExactly(QuestionFlag.TOO_HARD);
    }

    @Test
    void two_attempts_have_a_standard_deviation_but_like_moodle_no_internal_consistency() {
        // Totals 2 and 1: mean 1.5 (50%), V = (.25 + .25)/1 = .5, SD = .7071 (23.57% of 3).
        QuizReport report = QuizStatistics.compute(List.of(
                rightWrong("s1", 1, 1, 1, 0),
                rightWrong("s2", 1, 0, 1, 0)), AttemptSelection.ALL);

        assertThat(report.test().standardDeviationPercent()).hasValueCloseTo(100 * Math.sqrt(0.5) / 3, within(1e-9));
        assertThat(report.test().skewness()).isEmpty();
        assertThat(report.test().internalConsistencyPercent()).isEmpty();
        assertThat(report.test().errorRatioPercent()).isEmpty();
        assertThat(report.test().standardErrorPercent()).isEmpty();
    }

    @Test
    void equal_totals_leave_alpha_absent_while_items_can_still_correlate_perfectly_negatively() {
        // Every total is 1, so V(X) = 0: alpha, skewness and kurtosis are undefined. Item x's rest of
        // test is 1 - x, an exact negative correlation: DI = -100%.
        QuizReport report = QuizStatistics.compute(List.of(
                rightWrong("s1", 1, 1, 0),
                rightWrong("s2", 1, 0, 1),
                rightWrong("s3", 1, 1, 0),
                rightWrong("s4", 1, 0, 1)), AttemptSelection.ALL);

        assertThat(report.test().standardDeviationPercent()).hasValue(0.0);
        assertThat(report.test().internalConsistencyPercent()).isEmpty();
        assertThat(report.test().skewness()).isEmpty();
        assertThat(report.test().kurtosis()).isEmpty();
        assertThat(report.question("q1").orElseThrow().discriminationIndexPercent())
                .hasValueCloseTo(-100.0, within(1e-9));
        assertThat(report.question("q1").orElseThrow().flags()).contains(QuestionFlag.LOW_DISCRIMINATION);
    }

    @Test
    void identical_fractional_marks_count_as_zero_variance_despite_rounding() {
        // 0.1 three times: the mean 0.30000000000000004/3 differs from 0.1 in the last bit, leaving a
        // variance residue that must not turn into a huge or NaN discrimination.
        QuizReport report = QuizStatistics.compute(List.of(
                attempt("s1", 1, SlotResult.scored(1, "f", 0.1, 1), SlotResult.scored(2, "g", 1, 1)),
                attempt("s2", 1, SlotResult.scored(1, "f", 0.1, 1), SlotResult.scored(2, "g", 0, 1)),
                attempt("s3", 1, SlotResult.scored(1, "f", 0.1, 1), SlotResult.scored(2, "g", 1, 1))),
                AttemptSelection.ALL);

        QuestionStatistics f = report.question("f").orElseThrow();
        assertThat(f.standardDeviationPercent()).hasValue(0.0);
        assertThat(f.discriminationIndexPercent()).isEmpty();
        assertThat(f.discriminativeEfficiencyPercent()).isEmpty();
        assertThat(f.flags()).containsExactly(QuestionFlag.TOO_HARD);
    }

    @Test
    void facility_exactly_on_a_threshold_is_not_flagged() {
        // q1: 1 of 5 right = 20%; q2: 9 of 10 right = 90%.
        List<AttemptResult> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attempts.add(rightWrong("s" + i, 1, i == 0 ? 1 : 0, i == 9 ? 0 : 1));
        }
        QuizReport report = QuizStatistics.compute(attempts.subList(0, 5), AttemptSelection.ALL);
        QuizReport ninety = QuizStatistics.compute(attempts, AttemptSelection.ALL);

        assertThat(report.question("q1").orElseThrow().facilityPercent()).isEqualTo(20.0);
        assertThat(report.question("q1").orElseThrow().flags()).doesNotContain(QuestionFlag.TOO_HARD);
        assertThat(ninety.question("q2").orElseThrow().facilityPercent()).isEqualTo(90.0);
        assertThat(ninety.question("q2").orElseThrow().flags()).doesNotContain(QuestionFlag.TOO_EASY);
    }

    @Test
    void random_questions_are_analysed_over_the_attempts_that_saw_them() {
        // Slot 1 draws qa or qb; slot 2 is always qc.
        //        slot1     qc | X
        //   s1   qa = 1     1 | 2
        //   s2   qb = 1     0 | 1
        //   s3   qa = 0     1 | 1
        //   s4   qb = 0     0 | 0
        // qa: n = 2, x = 1,0, rest = 1,1 (constant): facility 50%, SD sqrt(.5), no discrimination.
        // qc: x = 1,0,1,0, rest = 1,1,0,0: products .25-.25-.25+.25 = 0, DI = 0% (present, and low).
        // Alpha uses slot variances: slot 1 = 1,1,0,0 and slot 2 = 1,0,1,0, each 1/3; V(X) = 2/3;
        // alpha = 2(1 - (2/3)/(2/3)) = 0, ER = 100%, SE = SD = 100 sqrt(2/3)/2.
        QuizReport report = QuizStatistics.compute(List.of(
                attempt("s1", 1, SlotResult.scored(1, "qa", 1, 1), SlotResult.scored(2, "qc", 1, 1)),
                attempt("s2", 1, SlotResult.scored(1, "qb", 1, 1), SlotResult.scored(2, "qc", 0, 1)),
                attempt("s3", 1, SlotResult.scored(1, "qa", 0, 1), SlotResult.scored(2, "qc", 1, 1)),
                attempt("s4", 1, SlotResult.scored(1, "qb", 0, 1), SlotResult.scored(2, "qc", 0, 1))),
                AttemptSelection.ALL);

        QuestionStatistics qa = report.question("qa").orElseThrow();
        assertThat(qa.attemptCount()).isEqualTo(2);
        assertThat(qa.slots()).containsExactly(1);
        assertThat(qa.facilityPercent()).isEqualTo(50.0);
        assertThat(qa.standardDeviationPercent()).hasValueCloseTo(100 * Math.sqrt(0.5), within(1e-9));
        assertThat(qa.discriminationIndexPercent()).isEmpty();
        QuestionStatistics qc = report.question("qc").orElseThrow();
        assertThat(qc.attemptCount()).isEqualTo(4);
        assertThat(qc.discriminationIndexPercent()).hasValueCloseTo(0.0, within(1e-9));
        assertThat(qc.flags()).containsExactly(QuestionFlag.LOW_DISCRIMINATION);
        assertThat(report.questions()).extracting(QuestionStatistics::questionId).containsExactly("qa", "qb", "qc");
        assertThat(report.test().internalConsistencyPercent()).hasValueCloseTo(0.0, within(1e-9));
        assertThat(report.test().errorRatioPercent()).hasValueCloseTo(100.0, within(1e-9));
        assertThat(report.test().standardErrorPercent()).hasValueCloseTo(100 * Math.sqrt(2.0 / 3) / 2, within(1e-9));
    }

    @Test
    void a_total_a_rounding_error_below_a_band_edge_counts_in_the_band_above() {
        // 0.7 + 0.1 is 0.7999999999999999 in doubles: 80%, not 79.99...%.
        QuizReport report = QuizStatistics.compute(
                List.of(attempt("s1", 1, SlotResult.scored(1, "q", 0.7 + 0.1, 1))), AttemptSelection.ALL);

        assertThat(report.test().histogram().get(8).count()).isEqualTo(1);
        assertThat(report.test().histogram().get(7).count()).isZero();
    }

    @Test
    void attempts_with_different_slots_are_rejected() {
        List<AttemptResult> attempts = List.of(rightWrong("s1", 1, 1, 0), rightWrong("s2", 1, 1, 0, 1));

        assertThatThrownBy(() -> QuizStatistics.compute(attempts, AttemptSelection.ALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s2#1");
    }

    @Test
    void a_question_with_two_different_max_marks_is_rejected() {
        List<AttemptResult> attempts = List.of(
                attempt("s1", 1, SlotResult.scored(1, "q", 1, 1), SlotResult.scored(2, "r", 1, 2)),
                attempt("s2", 1, SlotResult.scored(1, "r", 1, 1), SlotResult.scored(2, "q", 1, 2)));

        assertThatThrownBy(() -> QuizStatistics.compute(attempts, AttemptSelection.ALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max mark");
    }

    @Test
    void a_repeated_attempt_id_is_rejected() {
        AttemptResult one = rightWrong("s1", 1, 1);
        AttemptResult copy = new AttemptResult(one.attemptId(), "s2", 1, one.slots());

        assertThatThrownBy(() -> QuizStatistics.compute(List.of(one, copy), AttemptSelection.ALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void a_mark_above_the_max_mark_is_rejected() {
        assertThatThrownBy(() -> SlotResult.scored(1, "q", 1.5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 0..1.0");
    }

    @Test
    void a_chosen_option_outside_the_question_is_rejected() {
        assertThatThrownBy(() -> ChoiceResponse.single(4, 0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 0..3");
    }

    @Test
    void total_fraction_is_the_sum_of_marks_over_the_sum_of_max_marks() {
        AttemptResult result = attempt("s1", 1, SlotResult.scored(2, "b", 1, 2), SlotResult.scored(1, "a", 0.5, 1));

        assertThat(result.totalMark()).isEqualTo(1.5);
        assertThat(result.maxMark()).isEqualTo(3.0);
        assertThat(result.totalFraction()).isEqualTo(0.5);
        assertThat(result.slots()).extracting(SlotResult::slot).containsExactly(1, 2);
    }
}
