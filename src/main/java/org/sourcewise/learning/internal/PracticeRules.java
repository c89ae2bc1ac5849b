package org.sourcewise.learning.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.sourcewise.learning.fsrs.Rating;

/**
 * How answers become FSRS ratings (documented in docs/practice.md, "Ratings"). Plain Java.
 *
 * <ul>
 *   <li>Practice: full marks within {@link #EASY_WITHIN} of the question being shown rate EASY, full
 *       marks later (or with no record of when it was shown) GOOD, anything less (wrong, partly right,
 *       blank) AGAIN.</li>
 *   <li>Quizzes: per question, full marks GOOD, anything less or blank AGAIN, and an answer still
 *       waiting for a teacher's grade no rating (the claim is only brought into practice). A claim
 *       tested by several questions of one attempt gets one review: AGAIN if any of them was not
 *       right, else GOOD if any was marked.</li>
 * </ul>
 */
public final class PracticeRules {

    /** A right answer at most this long after the question appeared rates EASY. */
    public static final Duration EASY_WITHIN = Duration.ofSeconds(8);

    /** Fractions at or above this count as full marks (scores are tidied to 7 decimals). */
    static final double FULL_MARKS = 0.9999999;

    private PracticeRules() {
    }

    /** The rating of a practice answer; {@code elapsed} null when the server does not know it. */
    public static Rating practice(boolean correct, Duration elapsed) {
        if (!correct) {
            return Rating.AGAIN;
        }
        boolean quick = elapsed != null && !elapsed.isNegative() && elapsed.compareTo(EASY_WITHIN) <= 0;
        return quick ? Rating.EASY : Rating.GOOD;
    }

    /** The rating one quiz question gives its claims; empty while it waits for manual grading. */
    public static Optional<Rating> quizQuestion(Double fraction, boolean answered) {
        if (fraction == null) {
            return Optional.empty();
        }
        return Optional.of(answered && fraction >= FULL_MARKS ? Rating.GOOD : Rating.AGAIN);
    }

    /** One review per claim per attempt: AGAIN wins over GOOD; empty when no question rated it. */
    public static Optional<Rating> combine(Collection<Rating> ratings) {
        if (ratings.contains(Rating.AGAIN)) {
            return Optional.of(Rating.AGAIN);
        }
        return ratings.isEmpty() ? Optional.empty() : Optional.of(Rating.GOOD);
    }
}
