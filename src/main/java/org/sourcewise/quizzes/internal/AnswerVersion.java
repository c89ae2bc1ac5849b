package org.sourcewise.quizzes.internal;

/** How many times the answer at a position was saved. */
public record AnswerVersion(int position, int version) {
}
