package org.sourcewise.quizzes;

import org.sourcewise.quizzes.rules.Accommodation;
import org.sourcewise.quizzes.rules.QuizRules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.rules.QuizRules.StartRefusal;
import org.sourcewise.quizzes.rules.Standing;

/**
 * A quiz's start page for the calling student: the rules, what they have used, their standing so far
 * (grade by the one rule of {@link Standing}), and whether they may start (with the reason when not).
 *
 * @param whyNot        why no attempt can be started now, in English; null when one can
 * @param refusal       the same, for a page to say in its own words; null when an attempt can be started
 * @param accommodation what the student's instructor granted them on this quiz ({@link Accommodation#NONE} if nothing)
 * @param rules         the rules that hold for this student: the quiz's, with the accommodation applied
 * @param language      the language of the quiz's course (a BCP 47 tag): the lang of its title and description
 */
public record QuizStart(QuizInfo quiz, int attemptsUsed, @Nullable Integer attemptsLeft, @Nullable AttemptSummary openAttempt,
                        List<AttemptSummary> attempts, Standing standing, boolean canStart, @Nullable String whyNot,
                        @Nullable StartRefusal refusal, Accommodation accommodation, QuizRules rules, String language) {

    /** The grade so far, 0..100, or null while no attempt is fully marked. */
    public @Nullable Double gradePercent() {
        return standing.gradePercent();
    }
}
