package org.sourcewise.reports.statistics;

import java.util.ArrayList;
import java.util.List;

/** Compact builders for test attempts. */
final class Attempts {

    private Attempts() {
    }

    /** An attempt at a quiz of 1-mark questions q1, q2, ... in slots 1, 2, ...; marks are 0 or 1. */
    static AttemptResult rightWrong(String student, int number, int... marks) {
        List<SlotResult> slots = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            slots.add(SlotResult.scored(i + 1, "q" + (i + 1), marks[i], 1));
        }
        return new AttemptResult(student + "#" + number, student, number, slots);
    }

    static AttemptResult attempt(String student, int number, SlotResult... slots) {
        return new AttemptResult(student + "#" + number, student, number, List.of(slots));
    }
}
