package org.sourcewise.quizzes.internal;

import org.jspecify.annotations.Nullable;

/**
 * One question of one attempt with its stored answer and mark, read as plain values: statistics read
 * a hundred thousand of these at a time, and entities would cost a persistence context entry each.
 *
 * @param answer       the stored answer (JSON), null when the student never answered
 * @param score        the mark, null when not marked
 * @param needsGrading true while an essay waits for a teacher's grade
 */
public record MarkRow(long attemptId, int position, @Nullable Long slotId, long questionId, long questionVersionId, double points,
                      @Nullable String answer, @Nullable Double score, Boolean needsGrading) {
}
