package org.sourcewise.quizzes;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a quiz page checks when it comes back to the front, and while a timed attempt waits: the
 * attempt's state, each answer's version, and its deadline (null when untimed), which an instructor
 * may have moved by giving time back.
 */
public record AttemptChanges(AttemptState state, Map<Integer, Integer> answerVersions, @Nullable Instant deadline) {
}
