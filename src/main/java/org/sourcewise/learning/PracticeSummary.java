package org.sourcewise.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A student's practice at a glance.
 *
 * @param dueNow     claims due now that practice can ask about
 * @param inPractice claims in practice altogether
 * @param nextDueAt  when the next claim that is not yet due falls due; null when none
 */
public record PracticeSummary(int dueNow, int inPractice, @Nullable Instant nextDueAt) {
}
