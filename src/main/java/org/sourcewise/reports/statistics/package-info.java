/**
 * Quiz statistics after Moodle's "Quiz statistics calculations": test-level figures (mean, median,
 * standard deviation, skewness, kurtosis, coefficient of internal consistency, error ratio,
 * standard error, score histogram) and per-question item analysis (facility, standard deviation,
 * discrimination index, discriminative efficiency, option counts, review flags).
 *
 * <p>Plain Java with no framework: {@link org.sourcewise.reports.statistics.QuizStatistics#compute}
 * is the only entry point, fed {@link org.sourcewise.reports.statistics.AttemptResult}s and
 * returning a {@link org.sourcewise.reports.statistics.QuizReport}. Figures that are undefined for
 * the data (too few attempts, zero variance) are empty {@link java.util.OptionalDouble}s, never NaN,
 * so a report can be serialised as it is. Formulas, thresholds and a worked example are in
 * {@code docs/statistics.md}.
 */
@NullMarked
package org.sourcewise.reports.statistics;

import org.jspecify.annotations.NullMarked;
