package org.sourcewise.quizzes.scoring;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a quiz that allows several attempts turns their grades into the student's grade for the quiz.
 * Grades may be on any scale (fractions, points, percent); the result is on the same scale.
 */
public enum GradingMethod {

    /** The best attempt counts, so trying again never lowers the grade. */
    HIGHEST,
    /** The most recent attempt counts, so the grade shows where the student is now. */
    LAST,
    /** Only the first attempt counts; later ones are practice. */
    FIRST,
    /** The arithmetic mean of all attempts. */
    AVERAGE;

    /**
     * The quiz grade from the grades of finished attempts in chronological order (oldest first).
     * Attempts still waiting for manual grading should be left out by the caller.
     *
     * @return the grade, or empty when there is no attempt to grade
     */
    public OptionalDouble grade(List<Double> attemptGrades) {
        if (attemptGrades == null || attemptGrades.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> attemptGrades.stream().mapToDouble(Double::doubleValue).max();
            case LAST -> OptionalDouble.of(attemptGrades.getLast());
            case FIRST -> OptionalDouble.of(attemptGrades.getFirst());
            case AVERAGE -> attemptGrades.stream().mapToDouble(Double::doubleValue).average();
        };
    }
}
