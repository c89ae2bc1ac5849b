package org.sourcewise.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sourcewise.reports.statistics.Attempts.rightWrong;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/statistics.md: five students, three right/wrong items.
 *
 * <pre>
 *            q1 q2 q3 | X   rest1 rest2 rest3
 *   s1        1  1  1 | 3     2     2     2
 *   s2        1  1  0 | 2     1     2     1
 *   s3        1  0  1 | 2     1     1     2
 *   s4        1  0  0 | 1     0     1     1
 *   s5        0  0  0 | 0     0     0     0
 * </pre>
 *
 * By hand (T = 5, max total 3): mean X = 8/5 = 1.6 (53.33%), median 2 (66.67%).
 * Deviations 1.4, .4, .4, -.6, -1.6; squares sum 5.2; V(X) = 5.2/4 = 1.3; SD = 1.14018 (38.0058%).
 * Item variances (n-1): q1 mean .8, SS = 4(.04)+.64 = .8, V = .2; q2, q3 mean .4, SS = 2(.36)+3(.16) = 1.2,
 * V = .3. Sum = .8. alpha = 3/2 (1 - .8/1.3) = .576923; KR-20 with p*q = .16+.24+.24 = .64 and the
 * population variance 5.2/5 = 1.04 gives 3/2 (1 - .64/1.04) = .576923 too.
 * ER = sqrt(1 - .576923) = 65.0444%; SE = .650444 * 1.14018 = .741620 marks = sqrt(.55) (24.7207%).
 */
class RightWrongQuizTest {

    private static final Offset<Double> CLOSE = within(1e-9);

    private final QuizReport report = QuizStatistics.compute(List.of(
            rightWrong("s1", 1, 1, 1, 1),
            rightWrong("s2", 1, 1, 1, 0),
            rightWrong("s3", 1, 1, 0, 1),
            rightWrong("s4", 1, 1, 0, 0),
            rightWrong("s5", 1, 0, 0, 0)), AttemptSelection.ALL);

    @Test
    void mean_and_median_are_percentages_of_the_maximum_total() {
        TestStatistics test = report.test();

        assertThat(test.attemptCount()).isEqualTo(5);
        assertThat(test.maxMark()).isEqualTo(3.0);
        assertThat(test.meanPercent()).hasValueCloseTo(100 * 1.6 / 3, CLOSE);
        assertThat(test.medianPercent()).hasValueCloseTo(100 * 2.0 / 3, CLOSE);
    }

    @Test
    void standard_deviation_divides_by_attempts_minus_one() {
        // 5.2 / 4 = 1.3, not the population 5.2 / 5 = 1.04.
        assertThat(report.test().standardDeviationPercent()).hasValueCloseTo(100 * Math.sqrt(1.3) / 3, CLOSE);
    }

    @Test
    void coefficient_of_internal_consistency_equals_kr20_for_right_wrong_items() {
        double kr20 = 3.0 / 2 * (1 - 0.64 / 1.04);

        assertThat(report.test().internalConsistencyPercent()).hasValueCloseTo(100 * 1.5 * (1 - 0.8 / 1.3), CLOSE);
        assertThat(report.test().cronbachAlpha()).hasValueCloseTo(kr20, CLOSE);
    }

    @Test
    void error_ratio_and_standard_error_follow_from_alpha() {
        // ER = sqrt(1 - alpha) = sqrt(.423077) ; SE^2 = (1 - alpha) V(X) = .423077 * 1.3 = .55 marks^2.
        assertThat(report.test().errorRatioPercent()).hasValueCloseTo(65.04436355879909, within(1e-9));
        assertThat(report.test().standardErrorPercent()).hasValueCloseTo(100 * Math.sqrt(0.55) / 3, CLOSE);
    }

    @Test
    void skewness_and_kurtosis_use_moodles_k_statistics() {
        // Cubes of deviations sum to -1.44, m3 = -.288, k3 = 25(-.288)/(4*3) = -.6; skew = -.6 / 1.3^1.5.
        // Fourth powers sum to 10.576, m4 = 2.1152, m2 = 1.04,
        // k4 = 25(6 * 2.1152 - 3 * 4 * 1.04^2)/(4*3*2) = -.3; kurtosis = -.3 / 1.3^2.
        assertThat(report.test().skewness()).hasValueCloseTo(-0.6 / Math.pow(1.3, 1.5), CLOSE);
        assertThat(report.test().kurtosis()).hasValueCloseTo(-0.3 / 1.69, CLOSE);
    }

    @Test
    void histogram_puts_each_total_in_its_ten_point_band_with_100_percent_in_the_last() {
        // Totals 100%, 66.7%, 66.7%, 33.3%, 0%.
        assertThat(report.test().histogram()).extracting(HistogramBin::count)
                .containsExactly(1, 0, 0, 1, 0, 0, 2, 0, 0, 1);
        assertThat(report.test().histogram().getLast().fromPercent()).isEqualTo(90.0);
        assertThat(report.test().histogram().getLast().toPercent()).isEqualTo(100.0);
    }

    @Test
    void facility_is_mean_mark_over_max_mark() {
        assertThat(report.questions()).extracting(QuestionStatistics::facilityPercent)
                .containsExactly(80.0, 40.0, 40.0);
    }

    @Test
    void item_standard_deviation_is_a_percentage_of_the_max_mark() {
        assertThat(report.question("q1").orElseThrow().standardDeviationPercent())
                .hasValueCloseTo(100 * Math.sqrt(0.2), CLOSE);
        assertThat(report.question("q2").orElseThrow().standardDeviationPercent())
                .hasValueCloseTo(100 * Math.sqrt(0.3), CLOSE);
    }

    @Test
    void discrimination_correlates_the_item_with_the_rest_of_the_test() {
        // q1: x = 1,1,1,1,0 (mean .8); rest = 2,1,1,0,0 (mean .8).
        // Sum of products of deviations = .24+.04+.04-.16+.64 = .8, Cov = .2; V(x) = .2, V(rest) = 2.8/4 = .7.
        // r = .2 / sqrt(.2 * .7) = .534522.
        assertThat(report.question("q1").orElseThrow().discriminationIndexPercent())
                .hasValueCloseTo(100 * 0.2 / Math.sqrt(0.14), CLOSE);
        // q2: x = 1,1,0,0,0 (mean .4); rest = 2,1,2,1,0 (mean 1.2).
        // Products .48-.12-.32+.08+.48 = .6, Cov = .15; V(x) = .3, V(rest) = .7; r = .15/sqrt(.21) = .327327.
        assertThat(report.question("q2").orElseThrow().discriminationIndexPercent())
                .hasValueCloseTo(100 * 0.15 / Math.sqrt(0.21), CLOSE);
    }

    @Test
    void discriminative_efficiency_divides_by_the_covariance_of_independently_sorted_scores() {
        // q1: sorted x 0,1,1,1,1 against sorted rest 0,0,1,1,2: the actual pairing is already the
        // best one, so Cov = CovMax = .2 and DE = 100%.
        assertThat(report.question("q1").orElseThrow().discriminativeEfficiencyPercent())
                .hasValueCloseTo(100.0, CLOSE);
        // q2: sorted x 0,0,0,1,1 against sorted rest 0,1,1,2,2: deviations (-.4,-1.2), (-.4,-.2),
        // (-.4,-.2), (.6,.8), (.6,.8) give 1.6, CovMax = .4; DE = .15 / .4 = 37.5%.
        assertThat(report.question("q2").orElseThrow().discriminativeEfficiencyPercent())
                .hasValueCloseTo(37.5, CLOSE);
        assertThat(report.question("q3").orElseThrow().discriminativeEfficiencyPercent())
                .hasValueCloseTo(37.5, CLOSE);
    }

    @Test
    void well_behaved_items_raise_no_flags() {
        assertThat(report.questions()).noneMatch(QuestionStatistics::needsReview);
    }

    @Test
    void questions_are_listed_in_slot_order_with_their_attempt_counts() {
        assertThat(report.questions()).extracting(QuestionStatistics::questionId).containsExactly("q1", "q2", "q3");
        assertThat(report.questions()).extracting(QuestionStatistics::attemptCount).containsOnly(5);
        assertThat(report.questions()).allMatch(q -> q.choices().isEmpty());
    }
}
