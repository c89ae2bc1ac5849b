package org.sourcewise.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A class at a glance for the admin console.
 *
 * @param averageGradePercent the mean of the class's grades (each student's grade on each assigned
 *                            quiz, by the quiz's grading method), 0..100; null before any grade
 * @param grades              how many grades the average is over
 */
public record ClassOverview(long classId, List<String> instructors, @Nullable Double averageGradePercent, int grades) {
}
