package org.sourcewise.quizzes;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.internal.AttemptEntity;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * How attempts and answers are stored, in one place for the services that read them: an answer is a
 * JSON array of strings in authored terms (see {@link AttemptPresenter}).
 */
final class StoredAttempts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // resolved once: statistics read a hundred thousand answers a call
    private static final ObjectReader ANSWER = JSON.readerFor(new TypeReference<List<String>>() {
    });

    private StoredAttempts() {
    }

    static List<String> readAnswer(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return ANSWER.readValue(json);
    }

    static String writeAnswer(List<String> values) {
        return JSON.writeValueAsString(values);
    }

    static AttemptSummary summary(AttemptEntity a, boolean awaitingGrading) {
        return new AttemptSummary(a.getId(), a.getQuizId(), a.getAttemptNumber(), a.getState(), a.getStartedAt(), a.getDeadline(),
                a.getSubmittedAt(), a.getSubmittedBy() == AttemptEntity.SubmittedBy.EXPIRY, a.getScore(), a.getMaxScore(),
                awaitingGrading);
    }
}
