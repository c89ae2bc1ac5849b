package org.sourcewise.quizzes;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.rules.Standing;

/**
 * A quiz's start page for the calling student: the rules, what they have used, their standing so far
 * (grade by the one rule of {@link Standing}), and whether they may start (with the reason when not).
 */
public record QuizStart(QuizInfo quiz, int attemptsUsed, @Nullable Integer attemptsLeft, @Nullable AttemptSummary openAttempt,
                        List<AttemptSummary> attempts, Standing standing, boolean canStart, @Nullable String whyNot) {

    /** The grade so far, 0..100, or null while no attempt is fully marked. */
    public @Nullable Double gradePercent() {
        return standing.gradePercent();
    }
}
