package org.sourcewise.reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.scoring.GradingMethod;

/**
 * One student's standing on one assigned quiz.
 *
 * @param gradePercent the quiz grade by its grading method over the fully marked submitted attempts,
 *                     0..100; null when there is none
 * @param attemptsUsed attempts started, open or submitted
 * @param late         a submitted attempt exists but none was submitted by the due date
 * @param lastSubmittedAt the latest submission, or null
 */
public record GradeCell(long quizId, Double gradePercent, int attemptsUsed, GradeStatus status, boolean late,
                        Instant lastSubmittedAt) {

    /** The cell for a student's attempts at one quiz (any order), graded by the quiz's method. */
    public static GradeCell of(long quizId, GradingMethod method, Instant dueAt, List<AttemptSummary> attempts) {
        List<AttemptSummary> ordered = attempts.stream().sorted(java.util.Comparator.comparingInt(AttemptSummary::number)).toList();
        List<AttemptSummary> submitted = ordered.stream().filter(a -> a.state() == AttemptState.SUBMITTED).toList();
        List<Double> marked = submitted.stream().filter(a -> !a.awaitingGrading() && a.percent() != null)
                .map(AttemptSummary::percent).toList();
        OptionalDouble grade = method.grade(marked);
        GradeStatus status;
        if (submitted.stream().anyMatch(AttemptSummary::awaitingGrading)) {
            status = GradeStatus.AWAITING_GRADING;
        } else if (ordered.stream().anyMatch(a -> a.state() == AttemptState.IN_PROGRESS)) {
            status = GradeStatus.IN_PROGRESS;
        } else if (!submitted.isEmpty()) {
            status = GradeStatus.SUBMITTED;
        } else {
            status = GradeStatus.NOT_STARTED;
        }
        boolean late = dueAt != null && !submitted.isEmpty()
                && submitted.stream().noneMatch(a -> a.submittedAt() != null && !a.submittedAt().isAfter(dueAt));
        Instant last = submitted.stream().map(AttemptSummary::submittedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new GradeCell(quizId, grade.isPresent() ? Math.round(grade.getAsDouble() * 1e6) / 1e6 : null, ordered.size(),
                status, late, last);
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
