package org.sourcewise.reports.statistics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Whole-test figures over the counted attempts. Scores are percentages of the maximum total;
 * a figure is empty where the data cannot define it (see {@code docs/statistics.md}).
 *
 * @param attemptCount               attempts counted (T)
 * @param maxMark                    the quiz's maximum total in marks (0 when there are no attempts)
 * @param meanPercent                mean total; empty with no attempts
 * @param medianPercent              median total; empty with no attempts
 * @param standardDeviationPercent   sample standard deviation of totals (divides by T-1); needs T >= 2
 * @param skewness                   sample skewness of totals (k3 / k2^1.5); needs T >= 3 and spread
 * @param kurtosis                   excess kurtosis of totals (k4 / k2^2); needs T >= 4 and spread
 * @param internalConsistencyPercent Moodle's coefficient of internal consistency: Cronbach's alpha
 *                                   times 100 (KR-20 for right/wrong items); needs T >= 3, at least
 *                                   two slots and spread
 * @param errorRatioPercent          100 * sqrt(1 - alpha); present exactly when alpha is
 * @param standardErrorPercent       error ratio times standard deviation; present exactly when alpha is
 * @param histogram                  ten bands of 10 percentage points, always present
 */
public record TestStatistics(int attemptCount, double maxMark, OptionalDouble meanPercent,
                             OptionalDouble medianPercent, OptionalDouble standardDeviationPercent,
                             OptionalDouble skewness, OptionalDouble kurtosis,
                             OptionalDouble internalConsistencyPercent, OptionalDouble errorRatioPercent,
                             OptionalDouble standardErrorPercent, List<HistogramBin> histogram) {

    public TestStatistics {
        Objects.requireNonNull(meanPercent, "meanPercent");
        Objects.requireNonNull(medianPercent, "medianPercent");
        Objects.requireNonNull(standardDeviationPercent, "standardDeviationPercent");
        Objects.requireNonNull(skewness, "skewness");
        Objects.requireNonNull(kurtosis, "kurtosis");
        Objects.requireNonNull(internalConsistencyPercent, "internalConsistencyPercent");
        Objects.requireNonNull(errorRatioPercent, "errorRatioPercent");
        Objects.requireNonNull(standardErrorPercent, "standardErrorPercent");
        histogram = List.copyOf(histogram);
    }

    /** Cronbach's alpha as a fraction (the coefficient of internal consistency divided by 100). */
    public OptionalDouble cronbachAlpha() {
        return internalConsistencyPercent.isPresent()
                ? OptionalDouble.of(internalConsistencyPercent.getAsDouble() / 100)
                : OptionalDouble.empty();
    }
}
