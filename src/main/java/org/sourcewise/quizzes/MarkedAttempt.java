package org.sourcewise.quizzes;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.UserId;

/**
 * A submitted attempt with the mark of each question, for results and statistics. Carries no answer
 * text and no key beyond option indexes.
 *
 * @param questions one entry per question, in quiz-slot order (see {@link MarkedQuestion#slot()})
 */
public record MarkedAttempt(long attemptId, long quizId, UserId student, int attemptNumber, @Nullable Instant submittedAt,
                            @Nullable Double score, double maxScore, boolean awaitingGrading, List<MarkedQuestion> questions) {

    public MarkedAttempt {
        questions = List.copyOf(questions);
    }
}
