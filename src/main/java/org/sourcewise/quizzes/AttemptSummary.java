package org.sourcewise.quizzes;

import java.time.Instant;

/** One attempt in a list: its state, when, and its score once marked. */
public record AttemptSummary(long id, long quizId, int number, AttemptState state, Instant startedAt, Instant deadline,
                             Instant submittedAt, boolean submittedOnExpiry, Double score, double maxScore,
                             boolean awaitingGrading) {

    /** The score as a percentage of the maximum, or null while not marked. */
    public Double percent() {
        return score == null || maxScore <= 0 ? null : 100.0 * score / maxScore;
    }
}
