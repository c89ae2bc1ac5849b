package org.sourcewise.questions;

import java.util.List;

/**
 * The weights of a choice question whose author marked the right options and gave no weights: in a
 * course file, a CSV {@code correct} column, or by ticking boxes in the editor. One rule for all of
 * them (docs/scoring.md, "Multiple response"):
 * <ul>
 *   <li>single choice: a right option is worth 1, the others 0 (several may be right, as in Moodle:
 *       any of them earns full marks);</li>
 *   <li>multiple response: the right options share full marks, and the wrong options share -100%, so
 *       that ticking every box scores 0, and so does ticking at random, on average.</li>
 * </ul>
 */
public final class ChoiceWeights {

    private ChoiceWeights() {
    }

    /**
     * The weight of one option.
     *
     * @param rightCount how many options are right (at least one)
     * @param wrongCount how many are wrong
     */
    public static double of(QuestionType type, boolean right, int rightCount, int wrongCount) {
        if (right) {
            return type == QuestionType.MULTIPLE_RESPONSE ? 1.0 / rightCount : 1.0;
        }
        return type == QuestionType.MULTIPLE_RESPONSE && wrongCount > 0 ? -1.0 / wrongCount : 0.0;
    }


    /** Whether the options' weights are exactly what marking their right options gives, so a file may say only which. */
    public static boolean followRule(QuestionType type, List<Option> options) {
        int rightCount = (int) options.stream().filter(Option::correct).count();
        if (rightCount == 0) {
            return false;
        }
        int wrongCount = options.size() - rightCount;
        return options.stream().allMatch(o -> o.weight() == of(type, o.correct(), rightCount, wrongCount));
    }
}
