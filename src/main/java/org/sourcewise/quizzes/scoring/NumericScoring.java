package org.sourcewise.quizzes.scoring;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;

/** Numeric: a typed number against accepted values, each with a tolerance. */
final class NumericScoring {

    // binary fractions make |2.6 - 2.5| slightly more than 0.1; a boundary value must still count
    private static final double RELATIVE_SLACK = 1e-9;

    private NumericScoring() {
    }

    /** The best credit among the accepted answers whose range holds the number, clamped to 0..1. */
    static Score score(List<Option> options, Answer answer) {
        if (answer.values().size() != 1) {
            return Score.zero();
        }
        int best = -1;
        // "1,500" is 1500 or 1.5 depending on where the student learnt to write numbers: the better reading counts
        for (double x : NumberInput.readings(answer.values().getFirst())) {
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                if (o.value() != null && within(x, o.value(), o.tolerance())
                        && (best < 0 || o.weight() > options.get(best).weight())) {
                    best = i;
                }
            }
        }
        return best < 0 ? Score.zero() : Score.of(Credit.tidy(options.get(best).weight()), List.of(best));
    }

    static boolean within(double x, double value, @Nullable Double tolerance) {
        double allowed = tolerance == null ? 0 : Math.abs(tolerance);
        return Math.abs(x - value) <= allowed + RELATIVE_SLACK * Math.max(1, Math.abs(value));
    }
}
