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

    /** Longer decimals go through {@code double} parsing: BigDecimal takes quadratic time on a million digits. */
    private static final int EXACT_DIGITS = 40;

    /**
     * The number, or null when {@code text} is not a plain decimal or lies beyond a double's range (such
     * as {@code 1e400}, which would be stored as infinity and could not be written back); {@link #refusal}
     * says which.
     */
    static @Nullable Double parse(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        // Double.parseDouble rounds exactly as BigDecimal.doubleValue does, in linear time, and never throws
        // on an exponent too large for an int, as new BigDecimal("1e9999999999") does.
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    /** Whether {@code text} is written as a plain decimal, whether or not a double can hold it. */
    static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** Why {@link #parse} gave null for {@code text}, as words naming it. */
    static Phrase refusal(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return Phrase.of("questions.import.problem.number.too-large", Texts.excerpt(text));
        }
        return Phrase.of("questions.import.problem.number.not-a-number", Texts.excerpt(text));
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

    /** The weight a percentage stands for, exact to the decimal written (to 40 digits; see {@link #EXACT_DIGITS}). */
    static double fromPercent(String percent) {
        if (percent.length() > EXACT_DIGITS) {
            return Double.parseDouble(percent) / 100;
        }
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
