package org.sourcewise.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sourcewise.reports.statistics.Attempts.attempt;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Partial credit: p is worth 2 marks and gives part marks, q is worth 1 and is right or wrong.
 *
 * <pre>
 *          p    q  |  X
 *   s1    2    1   |  3
 *   s2    0.5  1   |  1.5
 *   s3    1.5  0   |  1.5
 *   s4    0    0   |  0
 * </pre>
 *
 * By hand (T = 4, max total 3): mean X = 1.5 (50%), median (1.5 + 1.5)/2 = 1.5 (50%).
 * Deviations 1.5, 0, 0, -1.5: V(X) = 4.5/3 = 1.5, SD = 1.224745 (40.8248%).
 * p: mean 1 (facility 50%), deviations 1, -.5, .5, -1, V = 2.5/3 = 5/6, SD% = 100 sqrt(5/6)/2 = 45.6435.
 * q: mean .5 (facility 50%), V = 1/3, SD% = 57.735.
 * alpha = 2/1 (1 - (5/6 + 1/3)/1.5) = 2 (1 - 7/9) = 4/9 (44.44%); ER = sqrt(5/9) (74.5356%);
 * SE^2 = (5/9)(1.5) = 5/6 marks^2, SE = .912871 (30.4290%).
 */
class PartialCreditQuizTest {

    private static final Offset<Double> CLOSE = within(1e-9);

    private final QuizReport report = QuizStatistics.compute(List.of(
            attempt("s1", 1, SlotResult.scored(1, "p", 2, 2), SlotResult.scored(2, "q", 1, 1)),
            attempt("s2", 1, SlotResult.scored(1, "p", 0.5, 2), SlotResult.scored(2, "q", 1, 1)),
            attempt("s3", 1, SlotResult.scored(1, "p", 1.5, 2), SlotResult.scored(2, "q", 0, 1)),
            attempt("s4", 1, SlotResult.scored(1, "p", 0, 2), SlotResult.scored(2, "q", 0, 1))),
            AttemptSelection.ALL);

    @Test
    void test_figures_use_marks_weighted_by_each_slots_max_mark() {
        TestStatistics test = report.test();

        assertThat(test.maxMark()).isEqualTo(3.0);
        assertThat(test.meanPercent()).hasValueCloseTo(50.0, CLOSE);
        assertThat(test.medianPercent()).hasValueCloseTo(50.0, CLOSE);
        assertThat(test.standardDeviationPercent()).hasValueCloseTo(100 * Math.sqrt(1.5) / 3, CLOSE);
    }

    @Test
    void alpha_uses_the_variance_of_partial_marks_not_right_wrong_counts() {
        assertThat(report.test().internalConsistencyPercent()).hasValueCloseTo(100 * 4.0 / 9, CLOSE);
        assertThat(report.test().errorRatioPercent()).hasValueCloseTo(100 * Math.sqrt(5.0 / 9), CLOSE);
        assertThat(report.test().standardErrorPercent()).hasValueCloseTo(100 * Math.sqrt(5.0 / 6) / 3, CLOSE);
    }

    @Test
    void a_symmetric_distribution_has_zero_skewness() {
        // m2 = 4.5/4 = 1.125, m4 = 2(5.0625)/4 = 2.53125, k4 = 16(5 * 2.53125 - 9 * 1.125^2)/6 = 3.375,
        // kurtosis = 3.375 / 1.5^2 = 1.5.
        assertThat(report.test().skewness()).hasValueCloseTo(0.0, CLOSE);
        assertThat(report.test().kurtosis()).hasValueCloseTo(1.5, CLOSE);
    }

    @Test
    void facility_and_sd_of_a_partial_credit_item_are_relative_to_its_max_mark() {
        QuestionStatistics p = report.question("p").orElseThrow();

        assertThat(p.maxMark()).isEqualTo(2.0);
        assertThat(p.facilityPercent()).isCloseTo(50.0, CLOSE);
        assertThat(p.standardDeviationPercent()).hasValueCloseTo(100 * Math.sqrt(5.0 / 6) / 2, CLOSE);
    }

    @Test
    void discrimination_of_partial_marks_against_the_rest_of_the_test() {
        // p against rest = q = 1,1,0,0: deviations (1,.5), (-.5,.5), (.5,-.5), (-1,-.5) give
        // .5 - .25 - .25 + .5 = .5, Cov = 1/6; r = (1/6) / sqrt(5/6 * 1/3) = 1/sqrt(10).
        QuestionStatistics p = report.question("p").orElseThrow();
        QuestionStatistics q = report.question("q").orElseThrow();

        assertThat(p.discriminationIndexPercent()).hasValueCloseTo(100 / Math.sqrt(10), CLOSE);
        assertThat(q.discriminationIndexPercent()).hasValueCloseTo(100 / Math.sqrt(10), CLOSE);
    }

    @Test
    void discriminative_efficiency_of_partial_marks_is_below_100_when_the_pairing_is_not_sorted() {
        // Sorted p 0,.5,1.5,2 (deviations -1,-.5,.5,1) against sorted q 0,0,1,1 (-.5,-.5,.5,.5):
        // .5 + .25 + .25 + .5 = 1.5, CovMax = .5; DE = (1/6)/.5 = 33.33%.
        assertThat(report.question("p").orElseThrow().discriminativeEfficiencyPercent())
                .hasValueCloseTo(100.0 / 3, CLOSE);
    }
}
