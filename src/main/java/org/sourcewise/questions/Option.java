package org.sourcewise.questions;

import org.jspecify.annotations.Nullable;

/**
 * One row of a question's answer key. The same shape serves every type so that a version is stored
 * as a flat list of rows; which fields a type reads is documented on {@link QuestionContent}.
 *
 * @param text      the option, accepted answer, ordering item or left side of a matching pair
 * @param match     the right side of a matching pair (null elsewhere)
 * @param value     a numeric answer (NUMERIC only)
 * @param tolerance the accepted error around {@code value} (NUMERIC only; 0 for exact)
 * @param weight    credit for choosing or giving this answer, -1..1 (1 is full marks)
 * @param feedback  shown after submission to a student who chose or gave this answer
 * @param blank     the cloze blank this answer belongs to, numbered from 1 (CLOZE only)
 */
public record Option(@Nullable String text, @Nullable String match, @Nullable Double value, @Nullable Double tolerance,
                     double weight, @Nullable String feedback, @Nullable Integer blank) {

    public Option {
        if (!(weight >= -1.0 && weight <= 1.0)) { // written so that NaN is refused too
            throw new IllegalArgumentException("an option's weight must lie between -1 and 1, was " + weight);
        }
    }

    public static Option choice(String text, double weight, @Nullable String feedback) {
        return new Option(text, null, null, null, weight, feedback, null);
    }

    public static Option pair(String left, String right) {
        return new Option(left, right, null, null, 1.0, null, null);
    }

    /**
     * A matching distractor: a right-hand choice that matches no item. It carries no credit (weight 0),
     * the one meaning every source gives it: course files, the editor, GIFT, CSV and JSON.
     */
    public static Option distractor(String match) {
        return new Option(null, match, null, null, 0.0, null, null);
    }

    public static Option item(String text) {
        return new Option(text, null, null, null, 1.0, null, null);
    }

    public static Option number(double value, double tolerance, double weight, @Nullable String feedback) {
        return new Option(null, null, value, tolerance, weight, feedback, null);
    }

    public static Option blankAnswer(int blank, String text, double weight, @Nullable String feedback) {
        return new Option(text, null, null, null, weight, feedback, blank);
    }

    public boolean correct() {
        return weight > 0;
    }
}
