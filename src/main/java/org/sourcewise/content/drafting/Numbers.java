package org.sourcewise.content.drafting;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Numbers as an article writes them: the same form for another value ("£14.5 million" as "£7.3 million"). */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty"};
    private static final Map<String, String> CURRENCY_WORDS = Map.of("dollars", "$", "euros", "€", "pounds", "£",
            "cents", "$c", "pence", "£p", "yen", "¥", "yuan", "yuan", "francs", "francs", "rubles", "₽", "roubles", "₽");

    private Numbers() {
    }

    /**
     * {@code text} (whose value is {@code value}) written for {@code wanted} in the same form: the same sign, scale
     * word, unit and decimals, thousands commas when it had them; a number written as a word stays a word up to
     * twenty. Null when no such form differs from the text (a value rounding to the same, or under zero).
     */
    static @Nullable String restate(String text, double value, double wanted) {
        if (wanted <= 0 || value <= 0) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).strip();
        Integer word = Mentions.WORD_NUMBERS.get(lower.split("\\s+")[0]);
        if (word != null && !lower.matches(".*\\d.*")) {
            long n = Math.round(wanted / value * word);
            if (n == word || n <= 0) {
                n = wanted > value ? word + 2 : Math.max(1, word - 2);
            }
            String w = n <= 20 ? WORDS[(int) n] : String.valueOf(n);
            String first = text.strip().split("\\s+")[0];
            w = Character.isUpperCase(first.charAt(0)) ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
            return w + text.strip().substring(first.length());
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        String digits = m.group();
        double shown = Double.parseDouble(digits.replace(",", ""));
        double target = shown * wanted / value;
        int decimals = m.group(1) == null ? 0 : m.group(1).length() - 1;
        String formatted;
        if (decimals == 0) {
            long n = Math.round(target);
            if (n >= 100) {
                // two significant figures: 310,000 -> 160,000, not 155,000
                double magnitude = Math.pow(10, Math.floor(Math.log10(n)) - 1);
                n = Math.round(Math.round(n / magnitude) * magnitude);
            }
            if (n <= 0) {
                return null;
            }
            formatted = digits.contains(",") || n >= 10_000 ? String.format(Locale.ROOT, "%,d", n) : String.valueOf(n);
        } else {
            formatted = String.format(Locale.ROOT, "%." + decimals + "f", target);
            if (Double.parseDouble(formatted) <= 0) {
                return null;
            }
        }
        if (lower.contains("%") || lower.contains("percent") || lower.contains("per cent")) {
            if (Double.parseDouble(formatted.replace(",", "")) > 100) {
                return null;
            }
        }
        String result = text.substring(0, m.start()) + formatted + text.substring(m.end());
        return result.equals(text) ? null : result;
    }

    /** The currency a sum is in: its sign or its word ("$", "£", "francs"); cents and pence apart. */
    static String currency(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (var e : CURRENCY_WORDS.entrySet()) {
            if (lower.matches(".*\\b" + e.getKey() + "\\b.*")) {
                return e.getValue();
            }
        }
        for (char c : text.toCharArray()) {
            if ("$€£¥₽₩".indexOf(c) >= 0) {
                return String.valueOf(c);
            }
        }
        return "";
    }
}
