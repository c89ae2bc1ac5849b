package org.sourcewise.quizzes.scoring;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number as a student types it, accepting the common ways of writing one in English and in
 * continental Europe.
 *
 * <p>Accepted: an optional sign ({@code +}, {@code -} or the minus sign {@code −}); digits; a decimal
 * separator, point or comma ({@code 3.5}, {@code 3,5}); thousands separators, which are spaces
 * (including no-break and thin spaces) or apostrophes between digits ({@code 50 000}, {@code 1'000}),
 * or points or commas that group the digits in threes ({@code 50,000}, {@code 1.000.000},
 * {@code 1,234.5}, {@code 1.234,5}); an exponent ({@code 1.5e3}). Surrounding spaces are ignored.
 *
 * <p>How an ambiguous separator is read: when both a point and a comma appear, the one that comes last
 * is the decimal separator. A separator that appears more than once groups thousands. A single point
 * is always a decimal point ({@code 1.000} is one). A single comma groups thousands only when it
 * follows one to three digits that do not start with 0 and is followed by exactly three digits
 * ({@code 50,000} is fifty thousand, {@code 3,14} and {@code 0,500} are decimals). Such a number has
 * a second reading ({@link #readings}), and marking takes the better one.
 *
 * <p>Anything else (letters, units, a percent sign, two decimal separators) is not a number.
 */
public final class NumberInput {

    private static final Pattern EXPONENT = Pattern.compile("^(.*?)[eE]([+-]?\\d{1,4})$");
    private static final Pattern MANTISSA = Pattern.compile("[0-9.,]*[0-9][0-9.,]*");
    // spaces and apostrophes are only ever grouping, wherever they sit between digits
    private static final Pattern SPACE_GROUPING = Pattern.compile("(?<=\\d)[ \\u00A0\\u202F\\u2009'’](?=\\d)");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+");
    private static final Pattern POINT_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+");
    // one separator before exactly three digits: a thousand in one convention, a decimal in the other
    private static final Pattern TWO_READINGS = Pattern.compile("[+\\-\u2212]?\\s*[1-9]\\d{0,2}[.,]\\d{3}");

    private NumberInput() {
    }

    /** The number {@code text} denotes, or empty when it is not a number in an accepted form. */
    public static OptionalDouble parse(@Nullable String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.strip().replace('\u2212', '-');
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1).strip();
        }
        String exponent = "";
        Matcher e = EXPONENT.matcher(s);
        if (e.matches()) {
            s = e.group(1);
            exponent = "e" + e.group(2);
        }
        s = SPACE_GROUPING.matcher(s).replaceAll("");
        if (!MANTISSA.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        String plain = plainDecimal(s);
        if (plain == null) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(plain + exponent);
            return Double.isFinite(value) ? OptionalDouble.of(negative ? -value : value) : OptionalDouble.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    /**
     * Every number {@code text} can denote: one, or two when it has a single separator before exactly
     * three digits, which reads as a thousand in English and as a decimal in German and most of
     * continental Europe ({@code 1,500} is 1500 or 1.5; {@code 1.000} is 1 or 1000). The first is
     * {@link #parse}'s reading. Marking gives such an answer the credit of its better reading, so a
     * student is marked the same whichever convention they write in (issue 18).
     */
    public static double[] readings(@Nullable String text) {
        OptionalDouble first = parse(text);
        if (first.isEmpty()) {
            return new double[0];
        }
        String s = text == null ? "" : text.strip();
        if (!TWO_READINGS.matcher(s).matches()) {
            return new double[] {first.getAsDouble()};
        }
        OptionalDouble other = s.indexOf(',') >= 0 ? parse(s.replace(',', '.')) : parse(s.replace(".", ""));
        return other.isPresent() && other.getAsDouble() != first.getAsDouble()
                ? new double[] {first.getAsDouble(), other.getAsDouble()}
                : new double[] {first.getAsDouble()};
    }

    /** Digits with at most one decimal point, or null when the separators cannot be read. */
    private static @Nullable String plainDecimal(String s) {
        int points = count(s, '.');
        int commas = count(s, ',');
        if (points > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(s, decimal) != 1 || s.lastIndexOf(grouping) > s.indexOf(decimal)) {
                return null;
            }
            String whole = s.substring(0, s.indexOf(decimal));
            Pattern thousands = grouping == ',' ? COMMA_THOUSANDS : POINT_THOUSANDS;
            return thousands.matcher(whole).matches()
                    ? whole.replace(String.valueOf(grouping), "") + "." + s.substring(s.indexOf(decimal) + 1)
                    : null;
        }
        if (commas == 1 && !COMMA_THOUSANDS.matcher(s).matches()) {
            return s.replace(',', '.');
        }
        if (commas > 0) {
            return COMMA_THOUSANDS.matcher(s).matches() ? s.replace(",", "") : null;
        }
        if (points > 1) {
            return POINT_THOUSANDS.matcher(s).matches() ? s.replace(".", "") : null;
        }
        return s;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
