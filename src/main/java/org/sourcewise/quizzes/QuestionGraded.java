package org.sourcewise.quizzes;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.UserId;

/**
 * Published when a teacher grades an essay or overrides one question's mark in a submitted attempt
 * (not for an override of the whole attempt's score, which says nothing about single questions).
 * Learning listens to bring the change into the student's review state of the question's claims.
 *
 * @param position       the graded question's position in the attempt
 * @param questionId     the graded bank question
 * @param fractionBefore its mark before, as a fraction of its points; null while it waited for grading
 * @param fractionAfter  its mark now
 * @param outcomes       every question of the attempt as it stands after this grade, in position order
 *                       (the graded one with {@code fractionAfter}), so that a claim tested by several
 *                       of its questions can be rated as the attempt rates it
 */
public record QuestionGraded(long attemptId, UserId student, int position, long questionId, Instant submittedAt,
                             Instant gradedAt, @Nullable Double fractionBefore, double fractionAfter,
                             List<AttemptSubmitted.QuestionOutcome> outcomes) {

    public QuestionGraded {
        outcomes = List.copyOf(outcomes);
    }
}
