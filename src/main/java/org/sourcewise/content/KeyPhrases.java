package org.sourcewise.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds claims' key phrases in a paragraph's text, so that the source page can mark the words each
 * claim is taken from. Plain Java.
 *
 * <p>A key phrase is copied from the paragraph, but line breaks, letter case and straight or curly
 * quotes may differ between the stored text and the phrase, so those are matched loosely. A phrase
 * that is not found marks nothing: the paragraph still reads, only without its highlight.
 */
public final class KeyPhrases {

    private KeyPhrases() {
    }

    /** The text cut into runs, each key phrase's first occurrence marked; overlapping phrases make one mark. */
    public static List<TextRun> mark(String text, Collection<String> phrases) {
        List<int[]> ranges = new ArrayList<>();
        for (String phrase : phrases) {
            Pattern pattern = pattern(phrase);
            if (pattern == null) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                ranges.add(new int[] {m.start(), m.end()});
            }
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<TextRun> runs = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < ranges.size()) {
            int start = ranges.get(i)[0];
            int end = ranges.get(i)[1];
            for (i++; i < ranges.size() && ranges.get(i)[0] <= end; i++) {
                end = Math.max(end, ranges.get(i)[1]);
            }
            if (start > at) {
                runs.add(new TextRun(text.substring(at, start), false));
            }
            runs.add(new TextRun(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length() || runs.isEmpty()) {
            runs.add(new TextRun(text.substring(at), false));
        }
        return runs;
    }

    private static @Nullable Pattern pattern(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(word(word));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String word(String word) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String loose = switch (c) {
                case '\'', '\u2018', '\u2019' -> "['\u2018\u2019]";
                case '"', '\u201c', '\u201d' -> "[\"\u201c\u201d]";
                case '-', '\u2010', '\u2011', '\u2013' -> "[-\u2010\u2011\u2013]";
                default -> null;
            };
            if (loose == null) {
                literal.append(c);
            } else {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(loose);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }
}
