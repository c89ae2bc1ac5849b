package org.sourcewise.learning.fsrs;

import java.util.List;

/**
 * The settings of an FSRS-6 scheduler.
 *
 * @param weights             the 21 model weights w0..w20
 * @param desiredRetention    the recall probability at which reviews are scheduled, strictly between 0 and 1
 * @param maximumIntervalDays the longest interval ever scheduled
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, int maximumIntervalDays) {

    /** FSRS-6's default weights, as published by open-spaced-repetition (py-fsrs, ts-fsrs). */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /** Default weights, 90% desired retention, intervals of at most 36500 days (100 years). */
    public static final FsrsParameters DEFAULT = new FsrsParameters(DEFAULT_WEIGHTS, 0.9, 36500);

    public FsrsParameters {
        weights = List.copyOf(weights);
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 weights, got " + weights.size());
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must lie strictly between 0 and 1");
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("the maximum interval must be at least one day");
        }
        if (!(weights.get(20) > 0)) {
            throw new IllegalArgumentException("w20, the forgetting curve's decay, must be positive");
        }
    }

    /** Weight w<sub>i</sub>. */
    public double w(int i) {
        return weights.get(i);
    }
}
