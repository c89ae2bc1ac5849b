package org.sourcewise.reports.ui;

import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers for the result pages: one decimal, and a dash where a figure is undefined. */
final class Figures {

    private Figures() {
    }

    static String percent(OptionalDouble d) {
        return d.isPresent() ? percent(d.getAsDouble()) : "–";
    }

    static String percent(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.1f%%", d) : "–";
    }

    static String number(OptionalDouble d) {
        return d.isPresent() && Double.isFinite(d.getAsDouble()) ? String.format(Locale.ROOT, "%.2f", d.getAsDouble()) : "–";
    }
}
