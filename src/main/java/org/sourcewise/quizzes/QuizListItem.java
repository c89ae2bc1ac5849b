package org.sourcewise.quizzes;

/**
 * A quiz in the builder's list: its settings, size, how many attempts it has and whether the caller
 * may change it (its author or an admin; quizzes from course files belong to every instructor).
 */
public record QuizListItem(QuizInfo quiz, int slots, double totalPoints, long attempts, boolean editable, boolean fromCourseFile) {
}
