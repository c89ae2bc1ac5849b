package org.sourcewise.quizzes.internal;

/** An attempt's stored marks read as plain values. */
public record StoredMarksRow(long attemptId, int revision, String marks) {
}
