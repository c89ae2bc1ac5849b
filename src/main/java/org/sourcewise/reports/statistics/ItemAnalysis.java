package org.sourcewise.reports.statistics;

import java.util.OptionalDouble;

/**
 * Moodle's per-item figures from paired samples: an item's marks x and, for the same attempts, the
 * rest of the test X - x. All variances and covariances are sample ones (divide by n - 1), like
 * Moodle's; the divisor cancels in both ratios anyway.
 */
final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /** Figures that need at least two attempts; each is empty where undefined. */
    record ItemFigures(OptionalDouble standardDeviationPercent, OptionalDouble discriminationIndexPercent,
                       OptionalDouble discriminativeEfficiencyPercent) {

        static final ItemFigures UNDEFINED =
                new ItemFigures(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * @param marks     the item's marks, one per attempt that saw it
     * @param rest      for the same attempts, total minus the item's mark
     * @param maxMark   the item's max mark, the scale for its SD and for "zero variance"
     * @param restScale the scale for judging the rest scores' variance as zero (the quiz's max total)
     */
    static ItemFigures analyse(double[] marks, double[] rest, double maxMark, double restScale) {
        int n = marks.length;
        if (n < 2) {
            return ItemFigures.UNDEFINED;
        }
        double meanMark = Numbers.mean(marks);
        double meanRest = Numbers.mean(rest);
        double markVariance = Numbers.sumOfPowers(marks, meanMark, 2) / (n - 1);
        double restVariance = Numbers.sumOfPowers(rest, meanRest, 2) / (n - 1);
        double covariance = Numbers.sumOfProducts(marks, meanMark, rest, meanRest) / (n - 1);

        boolean markSpread = !Numbers.negligibleVariance(markVariance, maxMark);
        boolean restSpread = !Numbers.negligibleVariance(restVariance, restScale);
        OptionalDouble sd = OptionalDouble.of(markSpread ? 100 * Math.sqrt(markVariance) / maxMark : 0);
        if (!markSpread || !restSpread) {
            // A constant on either side has no correlation: Moodle reports null here, so do we.
            return new ItemFigures(sd, OptionalDouble.empty(), OptionalDouble.empty());
        }

        // Rounding can push |r| a hair past 1; a correlation cannot exceed it.
        double discrimination = clamp(100 * covariance / Math.sqrt(markVariance * restVariance), -100, 100);

        // The largest covariance the same two multisets of values can have is reached when both are
        // sorted the same way (rearrangement inequality), so pair them sorted.
        double maxCovariance = Numbers.sumOfProducts(
                Numbers.sorted(marks), meanMark, Numbers.sorted(rest), meanRest) / (n - 1);
        OptionalDouble efficiency = maxCovariance > 0
                ? OptionalDouble.of(Math.min(100, 100 * covariance / maxCovariance))
                : OptionalDouble.empty();
        return new ItemFigures(sd, OptionalDouble.of(discrimination), efficiency);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
