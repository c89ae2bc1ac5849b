package org.sourcewise.quizzes;

import java.util.List;

/** One drawing of a quiz as a student would get it; no keys, and nothing of it is stored. */
public record QuizPreview(QuizInfo quiz, List<StudentQuestion> questions, double totalPoints) {
}
