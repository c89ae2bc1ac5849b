package org.sourcewise.quizzes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything the quiz-taking page needs, keys excluded; the time left is by the server's clock. */
public record AttemptSheet(long attemptId, long quizId, String quizTitle, int attemptNumber, AttemptState state,
                           @Nullable Instant deadline, Instant serverNow, int currentPosition, List<StudentQuestion> questions,
                           Map<Integer, StudentResponse> responses, String language) {

    /** Time left by the server's clock, or null for an untimed attempt. */
    public @Nullable Duration timeLeft() {
        if (deadline == null) {
            return null;
        }
        Duration left = Duration.between(serverNow, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
