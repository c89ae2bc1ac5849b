package org.sourcewise.reports;

import java.util.List;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.quizzes.AttemptSummary;

/** One student's every attempt at the quizzes assigned to a class. */
public record StudentResults(ClassInfo schoolClass, UserSummary student, List<QuizResults> quizzes) {

    public record QuizResults(GradebookQuiz quiz, GradeCell cell, List<AttemptSummary> attempts) {
    }
}
