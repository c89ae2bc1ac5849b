package org.sourcewise.classes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A quiz or lesson given to a class, with its due date (null when none). */
public record AssignmentInfo(long id, long classId, String className, Long quizId, @Nullable Long lessonId, @Nullable Instant dueAt) {
}
