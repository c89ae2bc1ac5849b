package org.sourcewise.quizzes.rules;

import java.util.Locale;

/** Where a student stands on one quiz. */
public enum GradeStatus {
    /** No attempt yet. */
    NOT_STARTED,
    /** An attempt is open (earlier submitted attempts may already count). */
    IN_PROGRESS,
    /** Submitted and fully marked. */
    SUBMITTED,
    /** A submitted attempt has an answer waiting for the teacher's grade. */
    AWAITING_GRADING;

    /** Words for a cell or a CSV. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
