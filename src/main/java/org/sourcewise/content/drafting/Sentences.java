package org.sourcewise.content.drafting;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences with the JDK's sentence {@link BreakIterator}, then rejoins the
 * breaks it makes after common abbreviations and initials ("Mr. Lee", "J. Ortiz"), which its rules
 * take for a sentence's end.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
            "adm", "pres", "jr", "sr", "rev", "fr", "mt", "vs", "approx", "dept", "inc", "ltd",
            "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ENGLISH);

    private Sentences() {
    }

    /** The sentences of {@code paragraph} in order, each stripped; never an empty one. */
    public static List<String> split(String paragraph) {
        List<String> parts = new ArrayList<>();
        BreakIterator it = (BreakIterator) SENTENCES.clone();
        it.setText(paragraph);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            parts.add(paragraph.substring(start, end));
        }
        List<String> sentences = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String part : parts) {
            pending.append(part);
            if (!endsWithAbbreviation(pending.toString().strip())) {
                add(sentences, pending);
            }
        }
        add(sentences, pending);
        return sentences;
    }

    private static void add(List<String> sentences, StringBuilder pending) {
        String sentence = pending.toString().strip();
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        pending.setLength(0);
    }

    // "... Mr." or "... J." : the last word before the full stop is an abbreviation or a single initial
    private static boolean endsWithAbbreviation(String text) {
        if (!text.endsWith(".")) {
            return false;
        }
        int end = text.length() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        if (word.isEmpty()) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0))
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '.');
        return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
