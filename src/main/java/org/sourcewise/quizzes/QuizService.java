package org.sourcewise.quizzes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.QuizSlotEntity;
import org.sourcewise.quizzes.internal.QuizSlotRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads quizzes and their settings. Settings are not secret (a start page shows them); the questions
 * of an attempt are handed out by the attempt service only.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class QuizService {

    private final QuizRepository quizzes;
    private final QuizSlotRepository slots;

    QuizService(QuizRepository quizzes, QuizSlotRepository slots) {
        this.quizzes = quizzes;
        this.slots = slots;
    }

    public List<QuizInfo> quizzesOf(long courseId) {
        return quizzes.findByCourseIdOrderById(courseId).stream().map(this::info).toList();
    }

    public Optional<QuizInfo> find(long quizId) {
        return quizzes.findById(quizId).map(this::info);
    }

    /** The quizzes with these ids that exist, by id, in two queries however many they are. */
    public Map<Long, QuizInfo> findAll(Collection<Long> quizIds) {
        if (quizIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        slots.findByQuizIdIn(quizIds).forEach(s -> counts.merge(s.getQuizId(), s.getDrawCount(), Integer::sum));
        Map<Long, QuizInfo> found = new HashMap<>();
        quizzes.findAllById(quizIds).forEach(q -> found.put(q.getId(), info(q, counts.getOrDefault(q.getId(), 0))));
        return found;
    }

    public Optional<QuizInfo> find(long courseId, String key) {
        return quizzes.findByCourseIdAndQuizKey(courseId, key).map(this::info);
    }

    private QuizInfo info(QuizEntity q) {
        return info(q, slots.findByQuizIdOrderByPosition(q.getId()).stream().mapToInt(QuizSlotEntity::getDrawCount).sum());
    }

    private static QuizInfo info(QuizEntity q, int count) {
        return new QuizInfo(q.getId(), q.getCourseId(), q.getQuizKey(), q.getTitle(), q.getDescription(),
                q.getTimeLimitSeconds(), q.getAttemptsAllowed(), q.getGradingMethod(), q.getOpenAt(), q.getCloseAt(),
                q.isShuffleQuestions(), q.isShuffleOptions(), q.getReviewPolicy(), q.getPassMark(), count);
    }
}
