package org.sourcewise.learning.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What FSRS remembers about one item for one student between reviews.
 *
 * @param difficulty how hard the item is for this student, 1..10 (0 while new)
 * @param stability  days after which recall probability falls to 90% (0 while new)
 * @param due        when the next review is scheduled (null while new)
 * @param lastReview when it was last reviewed (null while new)
 * @param reps       reviews so far
 * @param lapses     reviews rated Again while in {@link Phase#REVIEW}: times a learnt item was forgotten
 * @param phase      learning, review or relearning ({@link LearningSteps}); {@link Phase#LEARNING} while new
 * @param step       the learning or relearning step the item is at; 0 in review
 */
public record CardState(double difficulty, double stability, @Nullable Instant due, @Nullable Instant lastReview, int reps,
                        int lapses, Phase phase, int step) {

    /** An item the student has never reviewed: learning, at the first step. */
    public static final CardState NEW = new CardState(0, 0, null, null, 0, 0, Phase.LEARNING, 0);

    public CardState {
        Objects.requireNonNull(phase, "phase");
        if (reps < 0 || lapses < 0 || step < 0) {
            throw new IllegalArgumentException("reps, lapses and step cannot be negative");
        }
        if ((lastReview == null) != (reps == 0)) {
            throw new IllegalArgumentException("a card has a last review exactly when it has been reviewed");
        }
        if (phase == Phase.REVIEW && step != 0) {
            throw new IllegalArgumentException("a card in review has no learning step");
        }
        if (reps == 0 && (phase != Phase.LEARNING || step != 0)) {
            throw new IllegalArgumentException("a new card is learning, at its first step");
        }
    }

    /** A card that has graduated to day intervals ({@link Phase#REVIEW}). */
    public static CardState inReview(double difficulty, double stability, Instant due, Instant lastReview, int reps,
                                     int lapses) {
        return new CardState(difficulty, stability, due, lastReview, reps, lapses, Phase.REVIEW, 0);
    }

    /** True until the first review. */
    public boolean isNew() {
        return reps == 0;
    }

    /** True while the item is in learning or relearning steps, so its next review is minutes away. */
    public boolean inSteps() {
        return phase != Phase.REVIEW;
    }

    /** True when the next review is due at {@code now}; a new item is always due. */
    public boolean isDue(Instant now) {
        return due == null || !now.isBefore(due);
    }

    /** The whole days between the last review and the due date; 0 while new or in a short step. */
    public long scheduledDays() {
        return isNew() ? 0 : Duration.between(lastReview, due).toDays();
    }
}
