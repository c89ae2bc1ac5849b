package org.sourcewise.quizzes.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSummary;

/**
 * A student's standing on one quiz, from their attempts at it: the one rule every screen, export and
 * REST answer shows.
 *
 * <p>The grade is the quiz's grading method over the submitted attempts that are fully marked. An
 * attempt with an answer waiting for a hand grade does not count until it is graded, for any method
 * (as in Moodle): a partial score would show a grade the teacher has not given, and under "average" or
 * "last" it could be higher or lower than the final one. While one waits, the status says so.
 *
 * @param gradePercent    0..100 by the grading method, or null while no submitted attempt is fully marked
 * @param passed          a grade exists and reaches the pass mark
 * @param attemptsUsed    attempts started, open or submitted
 * @param attemptsLeft    null when the quiz allows any number
 * @param openAttempt     the attempt in progress, or null
 * @param late            a due date was given, something was submitted, but nothing by the due date
 * @param overdue         the due date has passed and nothing was submitted
 * @param lastSubmittedAt the latest submission, or null
 */
public record Standing(@Nullable Double gradePercent, boolean passed, GradeStatus status, int attemptsUsed,
                       @Nullable Integer attemptsLeft, @Nullable AttemptSummary openAttempt, int markedAttempts, boolean late,
                       boolean overdue, @Nullable Instant lastSubmittedAt) {

    /**
     * @param dueAt    the assignment's due date, or null
     * @param attempts the student's attempts at the quiz, in any order
     */
    public static Standing of(QuizRules rules, @Nullable Instant dueAt, List<AttemptSummary> attempts, Instant now) {
        List<AttemptSummary> ordered = attempts.stream().sorted(Comparator.comparingInt(AttemptSummary::number)).toList();
        List<AttemptSummary> submitted = ordered.stream().filter(a -> a.state() == AttemptState.SUBMITTED).toList();
        List<Double> marked = submitted.stream().filter(Standing::counts).map(AttemptSummary::percent).toList();
        OptionalDouble grade = rules.gradingMethod().grade(marked);
        Double gradePercent = grade.isPresent() ? Math.round(grade.getAsDouble() * 1e6) / 1e6 : null;
        AttemptSummary open = ordered.stream().filter(a -> a.state() == AttemptState.IN_PROGRESS).findFirst().orElse(null);
        GradeStatus status;
        if (submitted.stream().anyMatch(AttemptSummary::awaitingGrading)) {
            status = GradeStatus.AWAITING_GRADING;
        } else if (open != null) {
            status = GradeStatus.IN_PROGRESS;
        } else if (!submitted.isEmpty()) {
            status = GradeStatus.SUBMITTED;
        } else {
            status = GradeStatus.NOT_STARTED;
        }
        boolean late = dueAt != null && !submitted.isEmpty()
                && submitted.stream().noneMatch(a -> a.submittedAt() != null && !a.submittedAt().isAfter(dueAt));
        boolean overdue = dueAt != null && now.isAfter(dueAt) && submitted.isEmpty();
        Instant last = submitted.stream().map(AttemptSummary::submittedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new Standing(gradePercent, gradePercent != null && rules.passes(gradePercent), status, ordered.size(),
                rules.attemptsLeft(ordered.size()).orElse(null), open, marked.size(), late, overdue, last);
    }

    /** Whether one submitted attempt counts towards the grade: fully marked. */
    public static boolean counts(AttemptSummary attempt) {
        return attempt.state() == AttemptState.SUBMITTED && !attempt.awaitingGrading() && attempt.percent() != null;
    }

    /** Whether one attempt passes on its own: fully marked and at the pass mark (one waiting for a grade has not, yet). */
    public static boolean passes(QuizRules rules, AttemptSummary attempt) {
        Double percent = attempt.percent();
        return counts(attempt) && percent != null && rules.passes(percent);
    }

    public Optional<Double> grade() {
        return Optional.ofNullable(gradePercent);
    }
}
