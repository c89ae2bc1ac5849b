package org.sourcewise.quizzes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.scoring.GradingMethod;

/** A quiz's settings as a start page or a list shows them; no questions, no keys. */
public record QuizInfo(long id, long courseId, String key, String title, @Nullable String description,
                       @Nullable Integer timeLimitSeconds, int attemptsAllowed, GradingMethod gradingMethod, @Nullable Instant openAt,
                       @Nullable Instant closeAt,
                       boolean shuffleQuestions, boolean shuffleOptions, ReviewPolicy reviewPolicy, double passMark,
                       int questionCount) {

    /** The settings that decide who may do what and when. */
    public QuizRules rules() {
        return new QuizRules(gradingMethod, passMark, attemptsAllowed, openAt, closeAt, timeLimitSeconds);
    }
}
