package org.sourcewise.learning.fsrs;

/**
 * Where an item is in its schedule: still being learnt in short steps, scheduled in whole days, or
 * being relearnt in short steps after it was forgotten. The steps are {@link LearningSteps}.
 */
public enum Phase {
    /** New, or not yet past its last learning step: the next review is minutes away. */
    LEARNING,
    /** Graduated: the next review is a whole number of days away, by the FSRS interval. */
    REVIEW,
    /** Forgotten in review (Again) and not yet past its last relearning step: minutes away. */
    RELEARNING
}
