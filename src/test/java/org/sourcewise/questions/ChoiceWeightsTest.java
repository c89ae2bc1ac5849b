package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChoiceWeightsTest {

    /** The weight of each option, those at {@code right} (from 0) being right, as a file's reader asks for them. */
    private static double[] weights(QuestionType type, int optionCount, Set<Integer> right) {
        double[] weights = new double[optionCount];
        for (int i = 0; i < optionCount; i++) {
            weights[i] = ChoiceWeights.of(type, right.contains(i), right.size(), optionCount - right.size());
        }
        return weights;
    }

    @Test
    void right_options_share_full_marks_and_wrong_ones_share_minus_full_marks() {
        double[] w = weights(QuestionType.MULTIPLE_RESPONSE, 5, Set.of(0, 3));

        assertThat(w[0]).isEqualTo(0.5);
        assertThat(w[3]).isEqualTo(0.5);
        assertThat(w[1]).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(Arrays.stream(w).sum()).as("ticking every box").isCloseTo(0, within(1e-12));
    }

    @Test
    void one_wrong_option_costs_everything_and_no_wrong_option_costs_nothing() {
        assertThat(weights(QuestionType.MULTIPLE_RESPONSE, 3, Set.of(0, 1))).containsExactly(0.5, 0.5, -1.0);
        assertThat(weights(QuestionType.MULTIPLE_RESPONSE, 2, Set.of(0, 1))).containsExactly(0.5, 0.5);
    }

    @Test
    void single_choice_keeps_one_right_option_at_full_marks_and_no_penalty() {
        assertThat(weights(QuestionType.SINGLE_CHOICE, 4, Set.of(2))).containsExactly(0.0, 0.0, 1.0, 0.0);
    }

    @Test
    void weights_that_follow_the_rule_can_be_written_as_the_right_options_alone() {
        List<Option> rule = List.of(Option.choice("a", 0.5, null), Option.choice("b", 0.5, null), Option.choice("c", -1, null));
        List<Option> old = List.of(Option.choice("a", 0.5, null), Option.choice("b", 0.5, null), Option.choice("c", 0, null));

        assertThat(ChoiceWeights.followRule(QuestionType.MULTIPLE_RESPONSE, rule)).isTrue();
        assertThat(ChoiceWeights.followRule(QuestionType.MULTIPLE_RESPONSE, old)).isFalse();
        assertThat(ChoiceWeights.followRule(QuestionType.SINGLE_CHOICE, List.of(Option.choice("a", 1, null), Option.choice("b", 0, null)))).isTrue();
        assertThat(ChoiceWeights.followRule(QuestionType.SINGLE_CHOICE, List.of(Option.choice("a", 1, null),
                Option.choice("b", 1, null), Option.choice("c", 0, null)))).as("two right options, as Moodle allows").isTrue();
        assertThat(ChoiceWeights.followRule(QuestionType.SINGLE_CHOICE, List.of(Option.choice("a", 1, null),
                Option.choice("b", 0.5, null)))).as("partial credit needs weights").isFalse();
    }
}
