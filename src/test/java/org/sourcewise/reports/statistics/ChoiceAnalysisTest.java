package org.sourcewise.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sourcewise.reports.statistics.Attempts.attempt;

import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Option counts and flags. c1 is a 4-option single-answer question keyed on option 0; q2 and q3 are
 * right/wrong; q4 everyone gets right.
 *
 * <pre>
 *          c1 chose (mark)  q2 q3 q4 |  X   stronger (X > median 2.5)
 *   s1        2     (0)      1  1  1 |  3   yes
 *   s2        2     (0)      1  1  1 |  3   yes
 *   s3        0     (1)      1  1  1 |  4   yes
 *   s4        0     (1)      0  0  1 |  2
 *   s5        1     (0)      0  0  1 |  1
 *   s6        -     (0)      0  1  1 |  2
 * </pre>
 *
 * c1 by hand: x = 0,0,1,1,0,0 (mean 1/3), rest = 3,3,3,1,1,2 (mean 13/6). Deviations of x: -1/3 or 2/3;
 * of rest: 5/6,5/6,5/6,-7/6,-7/6,-1/6. Sum of products = (-5-5+10-14+7+1)/18 = -1/3, Cov = -1/15.
 * V(x) = (4/9 + 4/9 + 4(1/9))/5 = 4/15; V(rest) = (3(25) + 2(49) + 1)/36/5 = 29/30.
 * r = (-1/15)/sqrt(4/15 * 29/30) = -13.13%. Sorted x 0,0,0,0,1,1 with sorted rest 1,1,2,3,3,3 gives
 * (14 + 1 - 5 + 20)/18 = 5/3, CovMax = 1/3, DE = (-1/15)/(1/3) = -20%.
 * The stronger group chose option 2 twice and the key once: the distractor beats the key.
 */
class ChoiceAnalysisTest {

    private static final Offset<Double> CLOSE = within(1e-9);

    private final QuizReport report = QuizStatistics.compute(List.of(
            student("s1", 2, 1, 1),
            student("s2", 2, 1, 1),
            student("s3", 0, 1, 1),
            student("s4", 0, 0, 0),
            student("s5", 1, 0, 0),
            student("s6", null, 0, 1)), AttemptSelection.ALL);

    private static AttemptResult student(String id, Integer chose, int q2, int q3) {
        ChoiceResponse response = ChoiceResponse.single(4, 0, chose);
        int c1 = Integer.valueOf(0).equals(chose) ? 1 : 0;
        return attempt(id, 1,
                SlotResult.withChoice(1, "c1", c1, 1, response),
                SlotResult.scored(2, "q2", q2, 1),
                SlotResult.scored(3, "q3", q3, 1),
                SlotResult.scored(4, "q4", 1, 1));
    }

    @Test
    void option_counts_cover_every_option_including_those_never_chosen() {
        ChoiceAnalysis choices = report.question("c1").orElseThrow().choices().orElseThrow();

        assertThat(choices.attempts()).isEqualTo(6);
        assertThat(choices.unanswered()).isEqualTo(1);
        assertThat(choices.options()).extracting(OptionStatistics::chosen).containsExactly(2, 1, 2, 0);
        assertThat(choices.options()).extracting(OptionStatistics::key).containsExactly(true, false, false, false);
    }

    @Test
    void stronger_group_is_the_attempts_above_the_median_total() {
        ChoiceAnalysis choices = report.question("c1").orElseThrow().choices().orElseThrow();

        assertThat(choices.strongerGroupAttempts()).isEqualTo(3);
        assertThat(choices.options()).extracting(OptionStatistics::chosenByStrongerGroup).containsExactly(1, 0, 2, 0);
    }

    @Test
    void a_distractor_preferred_by_the_stronger_group_and_a_negative_discrimination_are_flagged() {
        QuestionStatistics c1 = report.question("c1").orElseThrow();

        assertThat(c1.facilityPercent()).isCloseTo(100.0 / 3, CLOSE);
        assertThat(c1.discriminationIndexPercent())
                .hasValueCloseTo(100 * (-1.0 / 15) / Math.sqrt(4.0 / 15 * 29.0 / 30), CLOSE);
        assertThat(c1.discriminativeEfficiencyPercent()).hasValueCloseTo(-20.0, CLOSE);
        assertThat(c1.flags()).containsExactly(QuestionFlag.LOW_DISCRIMINATION, QuestionFlag.DISTRACTOR_BEATS_KEY);
    }

    @Test
    void a_question_everyone_gets_right_is_too_easy_and_has_no_discrimination() {
        QuestionStatistics q4 = report.question("q4").orElseThrow();

        assertThat(q4.facilityPercent()).isEqualTo(100.0);
        assertThat(q4.standardDeviationPercent()).hasValue(0.0);
        assertThat(q4.discriminationIndexPercent()).isEmpty();
        assertThat(q4.discriminativeEfficiencyPercent()).isEmpty();
        assertThat(q4.flags()).containsExactly(QuestionFlag.TOO_EASY);
    }

    @Test
    void a_discriminating_right_wrong_item_is_not_flagged() {
        // q2: x = 1,1,1,0,0,0 (mean .5); rest = 2,2,3,2,1,2 (mean 2); products 0,0,.5,0,.5,0 = 1,
        // Cov = .2, V(x) = .3, V(rest) = .4; r = .2/sqrt(.12) = 1/sqrt(3).
        QuestionStatistics q2 = report.question("q2").orElseThrow();

        assertThat(q2.discriminationIndexPercent()).hasValueCloseTo(100 / Math.sqrt(3), CLOSE);
        assertThat(q2.flags()).isEmpty();
        assertThat(q2.choices()).isEmpty();
    }

    @Test
    void a_distractor_only_as_popular_as_the_best_key_is_not_flagged() {
        // Multi-answer: keys 0 and 1. s1..s3 are stronger (X = 2 > median 1.5); they chose key 0 twice,
        // key 1 once and distractor 2 twice: 2 is not more than 2.
        ChoiceResponse keys = new ChoiceResponse(3, Set.of(0, 1), Set.of());
        List<AttemptResult> attempts = List.of(
                multi("s1", Set.of(0, 2), 2, keys),
                multi("s2", Set.of(0, 1), 2, keys),
                multi("s3", Set.of(2), 2, keys),
                multi("s4", Set.of(2), 1, keys),
                multi("s5", Set.of(), 0, keys),
                multi("s6", Set.of(), 0, keys));

        QuestionStatistics m = QuizStatistics.compute(attempts, AttemptSelection.ALL).question("m").orElseThrow();

        assertThat(m.choices().orElseThrow().options()).extracting(OptionStatistics::chosenByStrongerGroup)
                .containsExactly(2, 1, 2);
        assertThat(m.flags()).doesNotContain(QuestionFlag.DISTRACTOR_BEATS_KEY);
    }

    @Test
    void an_attempt_tied_with_the_median_is_not_in_the_stronger_group() {
        // Totals 2, 2, 1, 0, 0: the median is 1, so only the two attempts scoring 2 are stronger; the
        // median attempt's choice of distractor 2 stays out of the stronger counts.
        ChoiceResponse keys = new ChoiceResponse(3, Set.of(0), Set.of());
        List<AttemptResult> attempts = List.of(
                multi("s1", Set.of(0), 2, keys),
                multi("s2", Set.of(0), 2, keys),
                multi("s3", Set.of(2), 1, keys),
                multi("s4", Set.of(1), 0, keys),
                multi("s5", Set.of(1), 0, keys));

        ChoiceAnalysis choices = QuizStatistics.compute(attempts, AttemptSelection.ALL)
                .question("m").orElseThrow().choices().orElseThrow();

        assertThat(choices.strongerGroupAttempts()).isEqualTo(2);
        assertThat(choices.options()).extracting(OptionStatistics::chosenByStrongerGroup).containsExactly(2, 0, 0);
    }

    private static AttemptResult multi(String id, Set<Integer> chosen, int total, ChoiceResponse keys) {
        // Only the option counts matter here, so m's own mark is held at 0 and two 1-mark filler
        // slots set the total that decides the stronger group.
        return attempt(id, 1,
                SlotResult.withChoice(1, "m", 0, 1, new ChoiceResponse(3, keys.keyOptions(), chosen)),
                SlotResult.scored(2, "f1", Math.min(total, 1), 1),
                SlotResult.scored(3, "f2", Math.max(total - 1, 0), 1));
    }
}
