package org.sourcewise.quizzes.internal;

import java.time.Instant;
import org.sourcewise.quizzes.AttemptState;

/** What a save must check about its attempt, read as plain values: no entity, so nothing to flush. */
public record AttemptGate(long studentId, AttemptState state, Instant deadline, int currentPosition) {
}
