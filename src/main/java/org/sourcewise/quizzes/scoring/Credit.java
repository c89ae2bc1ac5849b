package org.sourcewise.quizzes.scoring;

import java.util.OptionalInt;

/** Arithmetic shared by the type scorers. */
final class Credit {

    private Credit() {
    }

    /** Weights may be negative or, summed, exceed 1; a question's credit may not. */
    static double clamp(double credit) {
        return Math.max(0, Math.min(1, credit));
    }

    /**
     * Rounds to 7 decimals, the precision weights are authored in, so that floating-point noise such as
     * 0.1 + 0.2 = 0.30000000000000004 never shows up in a grade.
     */
    static double tidy(double fraction) {
        return clamp(Math.round(fraction * 1e7) / 1e7);
    }

    /** An authored index in 0..size-1, or empty for anything else (blank, not a number, out of range). */
    static OptionalInt index(String value, int size) {
        try {
            int i = Integer.parseInt(value.strip());
            return i >= 0 && i < size ? OptionalInt.of(i) : OptionalInt.empty();
        } catch (NumberFormatException notAnIndex) {
            return OptionalInt.empty();
        }
    }
}
