package org.sourcewise.learning.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    public static Rating practice(boolean correct, @Nullable Duration elapsed) {
        if (!correct) {
            return Rating.AGAIN;
        }
        boolean quick = elapsed != null && !elapsed.isNegative() && elapsed.compareTo(EASY_WITHIN) <= 0;
        return quick ? Rating.EASY : Rating.GOOD;
    }

    /** The rating one quiz question gives its claims; empty while it waits for manual grading. */
    public static Optional<Rating> quizQuestion(@Nullable Double fraction, boolean answered) {
        if (fraction == null) {
            return Optional.empty();
        }
        return Optional.of(answered && fraction >= FULL_MARKS ? Rating.GOOD : Rating.AGAIN);
    }

    /**
     * When a teacher's grade of one question changes what its attempt says about a claim, the review
     * that records the change, and when. Empty when nothing changes: the claim's combined rating for the
     * attempt ({@link #combine}, with the graded question at its old and at its new mark) is the same.
     *
     * <p>Decision (docs/practice.md, "Hand grades"): FSRS reads a review as recall at its time, so the
     * new rating is dated at the attempt's submission, when the student answered, as long as the claim
     * has had no review since then (its last review is before the submission, or it has none: typically
     * an essay that was waiting for its grade). A claim reviewed at or after the submission (by this
     * attempt's other questions, by practice, or by an earlier grade) cannot have a review put before
     * that one, since an FSRS state is the result of its reviews in order; the new rating is then a review
     * at grading time. So a grade that turns a claim to Again brings it back into practice at once, and
     * one that turns it to Good counts as one more successful recall.
     *
     * @param before     the attempt's ratings for the claim with the graded question's old mark
     * @param after      the same with its new mark
     * @param lastReview the claim's last review for this student; null for none
     */
    public static Optional<Regrade> regrade(Collection<Rating> before, Collection<Rating> after, java.time.Instant submittedAt,
                                            java.time.Instant gradedAt, java.time.@Nullable Instant lastReview) {
        Optional<Rating> was = combine(before);
        Optional<Rating> now = combine(after);
        if (now.isEmpty() || now.equals(was)) {
            return Optional.empty();
        }
        // the database keeps microseconds: a review "at the submission" may read back a microsecond off
        boolean reviewedSince = lastReview != null && !lastReview.isBefore(submittedAt.minusMillis(1));
        java.time.Instant at = lastReview == null || !reviewedSince ? submittedAt : lastReview.isAfter(gradedAt) ? lastReview : gradedAt;
        return Optional.of(new Regrade(now.get(), at));
    }

    /** A review that a teacher's grade adds to a claim: its rating and its time. */
    public record Regrade(Rating rating, java.time.Instant at) {
    }

    /** One review per claim per attempt: AGAIN wins over GOOD; empty when no question rated it. */
    public static Optional<Rating> combine(Collection<Rating> ratings) {
        if (ratings.contains(Rating.AGAIN)) {
            return Optional.of(Rating.AGAIN);
        }
        return ratings.isEmpty() ? Optional.empty() : Optional.of(Rating.GOOD);
    }
}
