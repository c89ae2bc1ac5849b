package org.sourcewise.quizzes;

import java.util.List;

/**
 * A quiz's start page for the calling student: the rules, what they have used, their grade so far,
 * and whether they may start (with the reason when not).
 */
public record QuizStart(QuizInfo quiz, int attemptsUsed, Integer attemptsLeft, AttemptSummary openAttempt,
                        List<AttemptSummary> attempts, Double gradePercent, boolean canStart, String whyNot) {
}
