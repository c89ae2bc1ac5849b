package org.sourcewise.learning.fsrs;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What FSRS remembers about one item for one student between reviews.
 *
 * @param difficulty how hard the item is for this student, 1..10 (0 while new)
 * @param stability  days after which recall probability falls to 90% (0 while new)
 * @param due        when the next review is scheduled (null while new)
 * @param lastReview when it was last reviewed (null while new)
 * @param reps       reviews so far
 * @param lapses     reviews rated Again after the first one: times the item was forgotten
 */
public record CardState(double difficulty, double stability, @Nullable Instant due, @Nullable Instant lastReview, int reps,
                        int lapses) {

    /** An item the student has never reviewed. */
    public static final CardState NEW = new CardState(0, 0, null, null, 0, 0);

    public CardState {
        if (reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("reps and lapses cannot be negative");
        }
        if ((lastReview == null) != (reps == 0)) {
            throw new IllegalArgumentException("a card has a last review exactly when it has been reviewed");
        }
    }

    /** True until the first review. */
    public boolean isNew() {
        return reps == 0;
    }

    /** True when the next review is due at {@code now}; a new item is always due. */
    public boolean isDue(Instant now) {
        return due == null || !now.isBefore(due);
    }

    /** The whole days between the last review and the due date; 0 while new. */
    public long scheduledDays() {
        return isNew() ? 0 : Duration.between(lastReview, due).toDays();
    }
}
