package org.sourcewise.reports;

import java.time.Instant;
import org.sourcewise.quizzes.scoring.GradingMethod;

/** A quiz assigned to the class: a gradebook column. */
public record GradebookQuiz(long quizId, String key, String title, Instant dueAt, GradingMethod gradingMethod, double passMark) {
}
