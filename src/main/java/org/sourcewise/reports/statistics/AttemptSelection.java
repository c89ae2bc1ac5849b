package org.sourcewise.reports.statistics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which of each student's attempts the statistics count, as Moodle's "attempts to analyse".
 * Every attempt counted is treated as if a different student had made it.
 */
public enum AttemptSelection {

    /** Each student's attempt with the lowest attempt number. */
    FIRST,
    /** Each student's attempt with the highest total; on a tie, the earliest of the tied attempts (as Moodle). */
    HIGHEST,
    /** Each student's attempt with the highest attempt number. */
    LAST,
    /** Every attempt. */
    ALL;

    /**
     * The attempts this selection counts, in their input order.
     *
     * @throws IllegalArgumentException if a student has two attempts with the same number, which
     *                                  would make FIRST and LAST ambiguous
     */
    public List<AttemptResult> select(List<AttemptResult> attempts) {
        Objects.requireNonNull(attempts, "attempts");
        Set<String> seen = new HashSet<>();
        for (AttemptResult attempt : attempts) {
            if (!seen.add(attempt.studentId() + "\u0000" + attempt.attemptNumber())) {
                throw new IllegalArgumentException("student " + attempt.studentId()
                        + " has more than one attempt numbered " + attempt.attemptNumber());
            }
        }
        if (this == ALL) {
            return List.copyOf(attempts);
        }
        Map<String, AttemptResult> chosen = new HashMap<>();
        for (AttemptResult attempt : attempts) {
            chosen.merge(attempt.studentId(), attempt, this::preferred);
        }
        // Filtering the input (rather than listing the map) keeps the caller's order, which makes
        // reports reproducible whatever the map's iteration order.
        return attempts.stream().filter(a -> chosen.get(a.studentId()) == a).toList();
    }

    private AttemptResult preferred(AttemptResult kept, AttemptResult other) {
        boolean otherEarlier = other.attemptNumber() < kept.attemptNumber();
        return switch (this) {
            case FIRST -> otherEarlier ? other : kept;
            case LAST -> otherEarlier ? kept : other;
            case HIGHEST -> {
                // Totals are sums of doubles; equal marks added in another order may differ in the
                // last bit, so near-equal totals count as a tie.
                double tolerance = Numbers.TIE_TOLERANCE * Math.max(kept.maxMark(), other.maxMark());
                double difference = other.totalMark() - kept.totalMark();
                if (Math.abs(difference) <= tolerance) {
                    yield otherEarlier ? other : kept;
                }
                yield difference > 0 ? other : kept;
            }
            case ALL -> throw new IllegalStateException("ALL keeps every attempt");
        };
    }
}
