package org.sourcewise.quizzes.internal;

import java.time.Instant;
import java.util.List;

/** The shape of quizzes.yaml (docs/course-format.md). */
final class QuizDocs {

    private QuizDocs() {
    }

    record QuizzesDoc(List<QuizDoc> quizzes) {
    }

    record QuizDoc(String key, String title, String description, Integer timeLimitMinutes, Integer attemptsAllowed,
                   String gradingMethod, Boolean shuffleQuestions, Boolean shuffleOptions, String reviewPolicy,
                   Double passMark, Instant openAt, Instant closeAt, List<SlotDoc> slots) {
    }

    record SlotDoc(String question, Integer draw, String fromLesson, String fromClaim, String fromTag,
                   String fromCategory, Double points) {
    }
}
