/**
 * Spaced-repetition scheduling with FSRS-6 (the Free Spaced Repetition Scheduler), default
 * parameters, a desired retention of 90% and short learning steps, as py-fsrs 6 schedules.
 *
 * <p>{@link org.sourcewise.learning.fsrs.Fsrs} turns a {@link org.sourcewise.learning.fsrs.CardState}
 * and a {@link org.sourcewise.learning.fsrs.Rating} into the next state and due date (minutes away
 * while the item is in {@link org.sourcewise.learning.fsrs.LearningSteps}, whole days once it has
 * graduated), and classifies what a student knows as a {@link org.sourcewise.learning.fsrs.Mastery}.
 * Plain Java, no framework; every formula, constant and step rule is listed in {@code docs/practice.md}.
 */
@NullMarked
package org.sourcewise.learning.fsrs;

import org.jspecify.annotations.NullMarked;
