package org.sourcewise.reports;

/** A published bank question that tests a claim: its key and the start of its stem as plain text. */
public record ClaimQuestion(long questionId, String key, String stem) {
}
