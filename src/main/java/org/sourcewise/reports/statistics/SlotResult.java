package org.sourcewise.reports.statistics;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One question's result within an attempt. A slot is a position in the quiz; with random questions
 * different attempts may hold different questions in the same slot.
 *
 * @param slot       the position in the quiz, from 1
 * @param questionId the question that filled the slot in this attempt
 * @param mark       marks obtained, 0..maxMark
 * @param maxMark    marks available in the slot, more than 0
 * @param choice     what was chosen, for choice questions; null for other question types
 */
public record SlotResult(int slot, String questionId, double mark, double maxMark, @Nullable ChoiceResponse choice) {

    public SlotResult {
        Objects.requireNonNull(questionId, "questionId");
        if (slot < 1) {
            throw new IllegalArgumentException("slots are numbered from 1, was " + slot);
        }
        if (!(maxMark > 0) || Double.isInfinite(maxMark)) {
            throw new IllegalArgumentException("slot " + slot + ": max mark must be a positive number, was " + maxMark);
        }
        // Facility and the histogram assume marks between 0 and the maximum (Moodle's x_min = 0).
        if (!(mark >= 0 && mark <= maxMark)) {
            throw new IllegalArgumentException("slot " + slot + ": mark " + mark + " is outside 0.." + maxMark);
        }
    }

    /** A result for a question whose options are not analysed (not a choice question). */
    public static SlotResult scored(int slot, String questionId, double mark, double maxMark) {
        return new SlotResult(slot, questionId, mark, maxMark, null);
    }

    /** A result for a choice question. */
    public static SlotResult withChoice(int slot, String questionId, double mark, double maxMark, ChoiceResponse choice) {
        return new SlotResult(slot, questionId, mark, maxMark, Objects.requireNonNull(choice, "choice"));
    }

    /** The choice made, when this is a choice question. */
    public Optional<ChoiceResponse> choiceResponse() {
        return Optional.ofNullable(choice);
    }
}
