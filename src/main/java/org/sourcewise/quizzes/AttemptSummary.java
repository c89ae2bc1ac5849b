package org.sourcewise.quizzes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One attempt in a list: its state, when, and its score once marked. */
public record AttemptSummary(long id, long quizId, int number, AttemptState state, Instant startedAt, @Nullable Instant deadline,
                             @Nullable Instant submittedAt, boolean submittedOnExpiry, @Nullable Double score, double maxScore,
                             boolean awaitingGrading) {

    /** The score as a percentage of the maximum, or null while not marked. */
    public @Nullable Double percent() {
        return score == null || maxScore <= 0 ? null : 100.0 * score / maxScore;
    }
}
