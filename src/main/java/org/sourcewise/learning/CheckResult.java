package org.sourcewise.learning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an answer went, with everything the student may now see: shown only after they have answered.
 *
 * @param answered        false when the student gave nothing
 * @param correct         full marks
 * @param fraction        credit from 0 to 1 (partly right answers earn a share)
 * @param feedback        the author's feedback on what the student picked or typed, in order
 * @param correctChoices  SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE: display indexes of the right choices;
 *                        empty for the other types
 * @param correctAnswer   the right answer in words ("Russia", "3", "A → B → C"); null when there is none
 * @param explanation     why the key is right, Markdown; may be null
 * @param generalFeedback the author's note for everyone, Markdown; may be null
 */
public record CheckResult(boolean answered, boolean correct, double fraction, List<String> feedback,
                          List<Integer> correctChoices, @Nullable String correctAnswer, @Nullable String explanation,
                          @Nullable String generalFeedback) {

    public CheckResult {
        feedback = List.copyOf(feedback);
        correctChoices = List.copyOf(correctChoices);
    }

    /** Some credit but not full marks. */
    public boolean partlyCorrect() {
        return fraction > 0 && !correct;
    }
}
