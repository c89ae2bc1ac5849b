package org.sourcewise.reports.charts;

/** One bar: its label on the axis and its value. */
public record ChartBar(String label, double value) {

    public ChartBar {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a bar needs a label");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("bar '" + label + "' has no finite value");
        }
    }
}
