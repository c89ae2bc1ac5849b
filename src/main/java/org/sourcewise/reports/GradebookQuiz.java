package org.sourcewise.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.scoring.GradingMethod;

/** A quiz assigned to the class: a gradebook column, with the quiz's rules that grade its cells. */
public record GradebookQuiz(long quizId, String key, String title, @Nullable Instant dueAt, QuizRules rules) {

    public GradingMethod gradingMethod() {
        return rules.gradingMethod();
    }

    public double passMark() {
        return rules.passMark();
    }
}
