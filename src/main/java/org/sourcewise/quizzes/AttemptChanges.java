package org.sourcewise.quizzes;

import java.util.Map;

/** What a quiz page checks when it comes back to the front: the attempt's state and each answer's version. */
public record AttemptChanges(AttemptState state, Map<Integer, Integer> answerVersions) {
}
