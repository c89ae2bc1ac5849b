package org.sourcewise.reports.statistics;

import java.util.Arrays;

/** Sample arithmetic shared by the test-level and item-level calculations. */
final class Numbers {

    /**
     * A variance at or below this fraction of the squared scale counts as zero. Two-pass sums over
     * identical marks can leave residues near 1e-32; real quiz variances are many orders larger.
     */
    static final double ZERO_VARIANCE = 1e-12;

    /** Totals closer than this fraction of the maximum mark count as equal (ties, median split). */
    static final double TIE_TOLERANCE = 1e-9;

    private Numbers() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Sum of (v - mean)^power; two passes, because one-pass formulas lose digits on close values. */
    static double sumOfPowers(double[] values, double mean, int power) {
        double sum = 0;
        for (double value : values) {
            sum += Math.pow(value - mean, power);
        }
        return sum;
    }

    static double sumOfProducts(double[] x, double meanX, double[] y, double meanY) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - meanX) * (y[i] - meanY);
        }
        return sum;
    }

    /** The middle value, or the mean of the two middle values for an even count (as Moodle). */
    static double median(double[] values) {
        double[] sorted = sorted(values);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    static boolean negligibleVariance(double variance, double scale) {
        return variance <= ZERO_VARIANCE * scale * scale;
    }
}
