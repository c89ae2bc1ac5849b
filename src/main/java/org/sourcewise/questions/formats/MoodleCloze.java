package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds Moodle's embedded answers ({@code {1:SHORTANSWER:=Berlin#Yes~%50%Bonn}}) in the text of a cloze
 * ({@code multianswer}) question, as {@code qtype_multianswer_extract_question} reads them: the mark
 * (empty for 1), the type, then answers separated by {@code ~}, each with an optional {@code =} or
 * {@code %n%} credit and {@code #feedback}. An answer ends at {@code ~ # }} unless a backslash or
 * {@code &} comes just before (so {@code \}}, {@code \#} and entities such as {@code &#39;} stay inside);
 * feedback ends at {@code ~ }} unless a backslash comes just before.
 *
 * <p>One pass from left to right: a marker that never closes ends the search, since none after it
 * could close either, so hostile text costs linear time.
 */
final class MoodleCloze {

    /** Moodle's type names, short and long, by the kind of blank they make. */
    static final Set<String> SHORT_ANSWER = Set.of("SHORTANSWER", "SA", "MW");
    static final Set<String> SHORT_ANSWER_CASE = Set.of("SHORTANSWER_C", "SAC", "MWC");
    static final Set<String> NUMERICAL = Set.of("NUMERICAL", "NM");
    static final Set<String> DROP_DOWN = Set.of("MULTICHOICE", "MC", "MULTICHOICE_S", "MCS");
    static final Set<String> CHOICE_BUTTONS = Set.of("MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH", "MULTICHOICE_VS",
            "MCVS", "MULTICHOICE_HS", "MCHS");
    static final Set<String> MULTI_RESPONSE = Set.of("MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S",
            "MRS", "MULTIRESPONSE_HS", "MRHS");

    private static final int LONGEST_TYPE = "MULTIRESPONSE_HS".length();

    /** One answer as written: {@code credit} is {@code "="}, the number inside {@code %n%}, or null for none. */
    record Alternative(@Nullable String credit, String answer, @Nullable String feedback) {
    }

    /** One embedded answer: where it sits in the text, its mark (null when empty), type and answers. */
    record Marker(int start, int end, @Nullable String mark, String type, List<Alternative> alternatives) {
    }

    private MoodleCloze() {
    }

    static boolean knownType(String type) {
        return SHORT_ANSWER.contains(type) || SHORT_ANSWER_CASE.contains(type) || NUMERICAL.contains(type)
                || DROP_DOWN.contains(type) || CHOICE_BUTTONS.contains(type) || MULTI_RESPONSE.contains(type);
    }

    /** Every marker in {@code text}, in order. */
    static List<Marker> markers(String text) {
        List<Marker> markers = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf('{', from);
            if (open < 0) {
                return markers;
            }
            int[] end = {0};
            Marker m = marker(text, open, end);
            if (m != null) {
                markers.add(m);
                from = m.end();
            } else if (end[0] < 0) {
                return markers; // ran off the end of the text: nothing later can close either
            } else {
                from = open + 1;
            }
        }
    }

    /** The marker starting at {@code open}, or null; {@code end[0]} is set to -1 when the text ran out. */
    private static @Nullable Marker marker(String t, int open, int[] end) {
        int i = open + 1;
        int digits = i;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        String mark = i == digits ? null : t.substring(digits, i);
        if (i >= t.length() || t.charAt(i) != ':') {
            return null;
        }
        int typeStart = ++i;
        while (i < t.length() && i - typeStart <= LONGEST_TYPE && (Character.isUpperCase(t.charAt(i)) || t.charAt(i) == '_')) {
            i++;
        }
        String type = t.substring(typeStart, i);
        if (i >= t.length() || t.charAt(i) != ':' || !knownType(type)) {
            return null;
        }
        i++;
        List<Alternative> alternatives = new ArrayList<>();
        while (true) {
            String credit = null;
            if (i < t.length() && t.charAt(i) == '=') {
                credit = "=";
                i++;
            } else if (i < t.length() && t.charAt(i) == '%') {
                int close = percent(t, i);
                if (close > 0) {
                    credit = t.substring(i + 1, close);
                    i = close + 1;
                }
            }
            // an answer has at least one character, whatever it is (Moodle's .+?)
            int k = i + 1;
            while (k < t.length() && !(isAnswerEnd(t.charAt(k)) && !escapedInAnswer(t, k))) {
                k++;
            }
            if (k >= t.length()) {
                end[0] = -1;
                return null;
            }
            String answer = t.substring(i, k);
            String feedback = null;
            if (t.charAt(k) == '#') {
                int f = k + 1;
                while (f < t.length() && !((t.charAt(f) == '~' || t.charAt(f) == '}') && t.charAt(f - 1) != '\\')) {
                    f++;
                }
                if (f >= t.length()) {
                    end[0] = -1;
                    return null;
                }
                feedback = t.substring(k + 1, f);
                k = f;
            }
            alternatives.add(new Alternative(credit, answer, feedback));
            if (t.charAt(k) == '}') {
                return new Marker(open, k + 1, mark, type, List.copyOf(alternatives));
            }
            i = k + 1; // after a '~'
        }
    }

    private static boolean isAnswerEnd(char c) {
        return c == '~' || c == '#' || c == '}';
    }

    // Moodle's (?<!\\|&|&amp;): a backslash escapes, and '&' keeps an entity such as &#39; whole
    private static boolean escapedInAnswer(String t, int k) {
        char before = t.charAt(k - 1);
        return before == '\\' || before == '&' || t.startsWith("&amp;", k - 5);
    }

    /** The index of the '%' closing a credit {@code %-12.5%} that starts at {@code at}, or -1. */
    private static int percent(String t, int at) {
        int i = at + 1;
        if (i < t.length() && t.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
            i++;
        }
        if (i == digits) {
            return -1;
        }
        if (i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ',')) {
            i++;
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
        }
        return i < t.length() && t.charAt(i) == '%' ? i : -1;
    }

    /** Moodle's own unescaping of an answer or feedback: {@code \}} and {@code \#} only. */
    static String unescape(String s) {
        return s.replace("\\}", "}").replace("\\#", "#");
    }

    /** Escapes what would end an answer ({@code } #}) or feedback ({@code }}) early, as Moodle reads it back. */
    static String escape(String s) {
        return s.replace("}", "\\}").replace("#", "\\#");
    }

    /** The credit of {@code a} as a weight: 1 for {@code =}, the percentage, or 0 for none. */
    static double weight(Alternative a) {
        if (a.credit() == null) {
            return 0;
        }
        if (a.credit().equals("=")) {
            return 1;
        }
        return Numbers.fromPercent(a.credit().replace(',', '.'));
    }

    static String describe(Marker m) {
        return "{" + (m.mark() == null ? "" : m.mark()) + ":" + m.type().toUpperCase(Locale.ROOT) + ":...}";
    }
}
