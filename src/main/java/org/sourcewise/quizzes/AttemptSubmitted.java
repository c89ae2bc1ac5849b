package org.sourcewise.quizzes;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.UserId;

/**
 * Published when an attempt is submitted (by the student or on expiry), after its marks are stored.
 * Learning listens to bring the tested claims into practice.
 */
public record AttemptSubmitted(long attemptId, UserId student, long quizId, long courseId, Instant submittedAt,
                               List<QuestionOutcome> outcomes) {

    /**
     * How one question of the attempt went. {@code fraction} is null for an answer that waits for
     * manual grading (essay); {@code answered} is false for a question left blank.
     */
    public record QuestionOutcome(long questionId, Set<Long> claimIds, @Nullable Double fraction, boolean answered) {
    }
}
