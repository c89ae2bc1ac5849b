package org.sourcewise.reports;

/** Where a student stands on one assigned quiz. */
public enum GradeStatus {
    /** No attempt yet. */
    NOT_STARTED,
    /** An attempt is open (earlier submitted attempts may already count). */
    IN_PROGRESS,
    /** Submitted and fully marked. */
    SUBMITTED,
    /** A submitted attempt has an essay waiting for the teacher. */
    AWAITING_GRADING;

    /** Words for a cell or a CSV. */
    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
