/**
 * Spaced-repetition scheduling with FSRS-6 (the Free Spaced Repetition Scheduler), default
 * parameters and a desired retention of 90%.
 *
 * <p>{@link org.sourcewise.learning.fsrs.Fsrs} turns a {@link org.sourcewise.learning.fsrs.CardState}
 * and a {@link org.sourcewise.learning.fsrs.Rating} into the next state and due date, and classifies
 * what a student knows as a {@link org.sourcewise.learning.fsrs.Mastery}. Plain Java, no framework;
 * every formula and constant is listed in {@code docs/practice.md}.
 */
@NullMarked
package org.sourcewise.learning.fsrs;

import org.jspecify.annotations.NullMarked;
