package org.sourcewise.reports.statistics;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One finished attempt at a quiz. The total is the sum of the slot marks, as Moodle's
 * {@code sumgrades}; it is derived rather than passed in because every item statistic compares a
 * question's mark with the rest of the test (total minus that mark), which only makes sense when the
 * two agree.
 *
 * @param attemptId     unique among the attempts given to {@link QuizStatistics#compute}
 * @param studentId     who made the attempt
 * @param attemptNumber the student's 1st, 2nd, ... attempt at this quiz
 * @param slots         one result per slot, at least one; stored in slot order
 */
public record AttemptResult(String attemptId, String studentId, int attemptNumber, List<SlotResult> slots) {

    public AttemptResult {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(slots, "slots");
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attempt " + attemptId + ": attempt numbers start at 1, was " + attemptNumber);
        }
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("attempt " + attemptId + " has no slots");
        }
        Set<Integer> slotNumbers = new HashSet<>();
        Set<String> questions = new HashSet<>();
        for (SlotResult slot : slots) {
            if (!slotNumbers.add(slot.slot())) {
                throw new IllegalArgumentException("attempt " + attemptId + " has slot " + slot.slot() + " twice");
            }
            // A question counted twice in one attempt would be correlated with itself via the rest score.
            if (!questions.add(slot.questionId())) {
                throw new IllegalArgumentException("attempt " + attemptId + " has question " + slot.questionId() + " twice");
            }
        }
        // Summing in slot order gives identical totals for identical marks, whatever the input order.
        slots = slots.stream().sorted(Comparator.comparingInt(SlotResult::slot)).toList();
    }

    /** Marks obtained: the sum of the slot marks. */
    public double totalMark() {
        return slots.stream().mapToDouble(SlotResult::mark).sum();
    }

    /** Marks available: the sum of the slots' max marks. */
    public double maxMark() {
        return slots.stream().mapToDouble(SlotResult::maxMark).sum();
    }

    /** The total as a fraction of the maximum, 0..1. */
    public double totalFraction() {
        return totalMark() / maxMark();
    }
}
