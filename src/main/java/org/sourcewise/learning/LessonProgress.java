package org.sourcewise.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One lesson of the student's courses with how far they are: done or not, and how well they know its
 * claims now (each claim counts in exactly one of mastered, shaky, not yet seen; see
 * {@link org.sourcewise.learning.fsrs.Mastery}).
 *
 * @param lastOpenedAt when the student last opened it; null when never
 */
public record LessonProgress(long lessonId, long courseId, String courseTitle, int ordinal, String title,
                             boolean done, @Nullable Instant lastOpenedAt, int claimCount, int mastered, int shaky,
                             int notSeen) {

    public boolean opened() {
        return lastOpenedAt != null;
    }
}
