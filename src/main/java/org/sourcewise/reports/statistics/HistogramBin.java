package org.sourcewise.reports.statistics;

/**
 * One band of the score distribution: attempts whose total, as a percentage of the maximum, lies in
 * {@code [fromPercent, toPercent)}; the last band also holds totals of exactly 100%.
 */
public record HistogramBin(double fromPercent, double toPercent, int count) {
}
