package org.sourcewise.quizzes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.springframework.stereotype.Component;

/**
 * The questions an attempt froze when it started (version and option order per position), kept in
 * memory while the attempt is taken: they never change once written, and every saved answer needs
 * its question's version and order. Bounded: past {@link #MAX_ATTEMPTS} it starts again empty.
 */
@Component
class FrozenQuestions {

    /** Frozen question of one position. */
    record Frozen(int position, long versionId, @Nullable List<Integer> optionOrder) {
    }

    static final int MAX_ATTEMPTS = 20_000;

    private final AttemptQuestionRepository attemptQuestions;
    private final Cache<Long, Map<Integer, Frozen>> byAttempt = Caffeine.newBuilder().maximumSize(MAX_ATTEMPTS).build();

    FrozenQuestions(AttemptQuestionRepository attemptQuestions) {
        this.attemptQuestions = attemptQuestions;
    }

    /** The question at a position, or null when the attempt has none there. Caller checks ownership first. */
    @Nullable Frozen at(long attemptId, int position) {
        Map<Integer, Frozen> questions = byAttempt.getIfPresent(attemptId);
        if (questions == null) {
            questions = load(attemptId);
            if (!questions.isEmpty()) {
                byAttempt.put(attemptId, questions);
            }
        }
        return questions.get(position);
    }

    /** An attempt that is over needs no more saves. */
    void forget(long attemptId) {
        byAttempt.invalidate(attemptId);
    }

    private Map<Integer, Frozen> load(long attemptId) {
        Map<Integer, Frozen> questions = new java.util.HashMap<>();
        for (AttemptQuestionEntity aq : attemptQuestions.findByAttemptIdOrderByPosition(attemptId)) {
            questions.put(aq.getPosition(), new Frozen(aq.getPosition(), aq.getQuestionVersionId(), aq.optionOrder()));
        }
        return Map.copyOf(questions);
    }
}
