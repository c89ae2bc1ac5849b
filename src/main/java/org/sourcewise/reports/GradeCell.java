package org.sourcewise.reports;

import org.sourcewise.quizzes.rules.Accommodation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.rules.Standing;

/**
 * One student's standing on one assigned quiz.
 *
 * @param gradePercent the quiz grade by its grading method over the fully marked submitted attempts
 *                     ({@link Standing}), 0..100; null when there is none
 * @param attemptsUsed attempts started, open or submitted
 * @param late         a submitted attempt exists but none was submitted by the due date
 * @param lastSubmittedAt the latest submission, or null
 * @param accommodated the student has an accommodation on this quiz (more time, a later close or more attempts)
 */
public record GradeCell(long quizId, @Nullable Double gradePercent, int attemptsUsed, GradeStatus status, boolean late,
                        @Nullable Instant lastSubmittedAt, boolean accommodated) {

    public GradeCell(long quizId, @Nullable Double gradePercent, int attemptsUsed, GradeStatus status, boolean late,
                     @Nullable Instant lastSubmittedAt) {
        this(quizId, gradePercent, attemptsUsed, status, late, lastSubmittedAt, false);
    }

    /** The cell for a student's attempts at one quiz (any order), by the one rule of {@link Standing}. */
    public static GradeCell of(long quizId, QuizRules rules, @Nullable Instant dueAt, List<AttemptSummary> attempts, Instant now) {
        return of(quizId, rules, Accommodation.NONE, dueAt, attempts, now);
    }

    /** The cell of a student with an accommodation: the rules as they hold for them, and the cell marked. */
    public static GradeCell of(long quizId, QuizRules rules, Accommodation accommodation, @Nullable Instant dueAt,
                               List<AttemptSummary> attempts, Instant now) {
        Standing standing = Standing.of(rules.accommodated(accommodation), dueAt, attempts, now);
        return new GradeCell(quizId, standing.gradePercent(), standing.attemptsUsed(), standing.status(), standing.late(),
                standing.lastSubmittedAt(), !accommodation.isNone());
    }

    /** "72% (2)": the grade, rounded, and the attempts used; "–" before any grade. */
    public String label() {
        String grade = gradePercent == null ? "–" : Math.round(gradePercent) + "%";
        return attemptsUsed == 0 ? grade : grade + " (" + attemptsUsed + ")";
    }

    public Optional<Double> grade() {
        return Optional.ofNullable(gradePercent);
    }
}
