package org.sourcewise.reports.ui;

import java.util.OptionalDouble;
import org.sourcewise.browser.ui.Words;

/** Numbers for the result pages in the page's language: one decimal, and a dash where a figure is undefined. */
final class Figures {

    private Figures() {
    }

    static String percent(OptionalDouble d) {
        return d.isPresent() ? percent(d.getAsDouble()) : "–";
    }

    static String percent(double d) {
        return Double.isFinite(d) ? Words.of("reports.percent", String.format(Words.locale(), "%.1f", d)) : "–";
    }

    static String number(OptionalDouble d) {
        return d.isPresent() && Double.isFinite(d.getAsDouble()) ? String.format(Words.locale(), "%.2f", d.getAsDouble()) : "–";
    }
}
