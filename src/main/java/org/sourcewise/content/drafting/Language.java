package org.sourcewise.content.drafting;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sourcewise.browser.Worded;

/**
 * Whether a text is English, by how many of its words are common English words ("the", "of", "and"...:
 * {@code [english]} in drafting/lexicon.txt). English prose has 35-50% of them; German has a few ("in",
 * "was", "also"), Korean none. Deterministic and offline. The drafter reads English only: its names,
 * numbers and cues are English rules, and other languages came out as nonsense.
 */
public final class Language {

    /** Below this share of common English words a text is not English. */
    static final double MIN_ENGLISH_SHARE = 0.2;
    /** A text this short is not judged: a few words may be names and numbers only. */
    static final int MIN_WORDS = 30;
    /** The words-file key that says why a text is not drafted; its parameter is {@link #notEnglishPercent}. */
    public static final String NOT_ENGLISH = "content.draft.problem.not-english";

    private static final BreakIterator WORDS = BreakIterator.getWordInstance(Locale.ROOT);

    private Language() {
    }

    /** The share of the words (runs of letters) that are common English words, 0 to 1; 1 for a text without words. */
    public static double englishShare(List<String> paragraphs) {
        Set<String> english = Lexicon.list("english");
        int words = 0;
        int common = 0;
        for (String p : paragraphs) {
            BreakIterator it = (BreakIterator) WORDS.clone();
            it.setText(p);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String w = p.substring(start, end);
                if (w.codePoints().anyMatch(Character::isLetter)) {
                    words++;
                    if (english.contains(w.toLowerCase(Locale.ROOT))) {
                        common++;
                    }
                }
            }
        }
        return words < MIN_WORDS ? 1 : (double) common / words;
    }

    /** Why the text cannot be drafted, when it is not English: a message (English) that says what was found and what to do. */
    public static Optional<String> notEnglish(List<String> paragraphs) {
        return notEnglishPercent(paragraphs).map(percent -> Worded.english(NOT_ENGLISH, percent));
    }

    /** The percentage of common English words (rounded), when the text is not English; empty when it is. */
    public static Optional<Long> notEnglishPercent(List<String> paragraphs) {
        double share = englishShare(paragraphs);
        if (share >= MIN_ENGLISH_SHARE) {
            return Optional.empty();
        }
        return Optional.of(Math.round(100 * share));
    }
}
