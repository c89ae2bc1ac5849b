package org.sourcewise.quizzes.rules;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an instructor grants one student on one quiz, as Moodle's user overrides do: more time (a
 * percentage of the limit and/or minutes), a later close, more attempts. {@link QuizRules#accommodated}
 * applies it; nothing else reads these numbers.
 *
 * @param extraTimePercent added to a timed quiz's limit, 0..300 (50 gives half as much time again)
 * @param extraMinutes     added to a timed quiz's limit after the percentage, 0..600
 * @param closeAt          a later close for this student, or null to keep the quiz's
 * @param extraAttempts    added to a limited number of attempts, 0..20
 */
public record Accommodation(int extraTimePercent, int extraMinutes, @Nullable Instant closeAt, int extraAttempts) {

    /** No accommodation: the quiz's own rules. */
    public static final Accommodation NONE = new Accommodation(0, 0, null, 0);

    public static final int MAX_PERCENT = 300;
    public static final int MAX_MINUTES = 600;
    public static final int MAX_ATTEMPTS = 20;

    public Accommodation {
        if (extraTimePercent < 0 || extraTimePercent > MAX_PERCENT) {
            throw new IllegalArgumentException("Extra time must be 0 to " + MAX_PERCENT + " percent, not " + extraTimePercent + ".");
        }
        if (extraMinutes < 0 || extraMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("Extra minutes must be 0 to " + MAX_MINUTES + ", not " + extraMinutes + ".");
        }
        if (extraAttempts < 0 || extraAttempts > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("Extra attempts must be 0 to " + MAX_ATTEMPTS + ", not " + extraAttempts + ".");
        }
    }

    public boolean isNone() {
        return extraTimePercent == 0 && extraMinutes == 0 && closeAt == null && extraAttempts == 0;
    }

    /** A time limit with the extra time: the percentage first (rounded up to the second), then the minutes. */
    int extendLimit(int limitSeconds) {
        long extended = limitSeconds + (limitSeconds * (long) extraTimePercent + 99) / 100 + Duration.ofMinutes(extraMinutes).toSeconds();
        return (int) Math.min(Integer.MAX_VALUE, extended);
    }
}
