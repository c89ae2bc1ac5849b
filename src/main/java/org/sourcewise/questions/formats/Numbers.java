package org.sourcewise.questions.formats;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;

/**
 * Decimal numbers as the text formats write them. Going through the shortest decimal form of a double
 * (and BigDecimal for percentages) makes export then import give back the very same double.
 */
final class Numbers {

    /** A plain decimal number: no hex, no NaN or Infinity, no thousands separators. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /** The number, or null when {@code text} is not a plain decimal. */
    static @Nullable Double parse(String text) {
        return DECIMAL.matcher(text).matches() ? new BigDecimal(text).doubleValue() : null;
    }

    static String format(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A weight (-1..1) as a percentage without rounding: 0.5 is "50", 1/3 is "33.33333333333333". */
    static String percent(double weight) {
        if (weight == 0) {
            return "0";
        }
        return BigDecimal.valueOf(weight).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** The weight a percentage stands for, exact to the decimal written. */
    static double fromPercent(String percent) {
        return new BigDecimal(percent).movePointLeft(2).doubleValue();
    }

    static boolean finite(@Nullable Double value) {
        return value != null && Double.isFinite(value);
    }

    /** A NUMERIC answer as {@code value} or {@code value:tolerance}; exporters check both with {@link #finite} first. */
    static String answer(Option o) {
        double value = Objects.requireNonNull(o.value());
        double tolerance = Objects.requireNonNull(o.tolerance());
        return format(value) + (tolerance == 0 ? "" : ":" + format(tolerance));
    }
}
