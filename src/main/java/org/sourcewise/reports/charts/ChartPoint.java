package org.sourcewise.reports.charts;

/** One labelled point of a scatter chart. */
public record ChartPoint(String label, double x, double y) {

    public ChartPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point '" + label + "' has no finite position");
        }
    }
}
