package org.sourcewise.questions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reduces typed text to the form short answers and cloze blanks are compared in, so that a student
 * is not marked wrong for case, accents, punctuation or spacing.
 *
 * <p>In order: case folding (upper then lower case, so {@code ß} meets {@code SS}); Unicode NFKD
 * decomposition (which also turns full-width and ligature forms into plain letters); removal of the
 * combining marks that sit on Latin, Greek or Cyrillic letters (accents: {@code é→e}, {@code ё→е});
 * recomposition (NFC). Then, character by character: letters of any script are kept; digits of any
 * script are kept as ASCII digits; a {@code .} or {@code ,} between two digits is kept as {@code .}
 * (so {@code 3,5} meets {@code 3.5}); apostrophes, full stops and invisible formatting characters are
 * dropped ({@code don't→dont}, {@code U.S.→us}); symbols such as {@code + % $} are kept; every other
 * character (spaces, hyphens, commas, quotes, brackets, other punctuation) becomes a space. Finally
 * runs of spaces become one and the ends are trimmed.
 *
 * <p>Marks on other scripts are kept because there they are often part of the spelling rather
 * than an accent: Japanese {@code が} must not meet {@code か}, nor Devanagari vowel signs vanish.
 */
public final class TextNormalizer {

    // scripts whose combining marks are accents a student may leave out; COMMON and INHERITED catch
    // stray marks on spaces, digits or punctuation (NFKD turns a lone ´ into a space and a mark)
    private static final Set<Character.UnicodeScript> ACCENTED_SCRIPTS = Set.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
            Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);

    private static final Set<Integer> DROPPED = Set.of(
            (int) '\'', (int) '.', 0x2019 /* ’ */, 0x2018 /* ‘ */, 0x02BC /* ʼ */, 0x0060 /* ` */, 0x00B4 /* ´ */);

    private TextNormalizer() {
    }

    /** The comparable form of {@code text}; {@code ""} for null or text without letters, digits or symbols. */
    public static String normalize(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String unaccented = Normalizer.normalize(stripAccents(Normalizer.normalize(folded, Normalizer.Form.NFKD)),
                Normalizer.Form.NFC);
        return simplifyCharacters(unaccented).replaceAll(" +", " ").strip();
    }

    /** Trimmed, with runs of white space collapsed: the form in which an answer counts as typed exactly. */
    public static String collapseSpaces(@Nullable String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String stripAccents(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (!ACCENTED_SCRIPTS.contains(base)) {
                    out.appendCodePoint(cp);
                }
            } else {
                base = Character.UnicodeScript.of(cp);
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static String simplifyCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (Character.isDigit(cp)) {
                out.append(Character.digit(cp, 10));
            } else if ((cp == '.' || cp == ',') && i > 0 && i < cps.length - 1
                    && Character.isDigit(cps[i - 1]) && Character.isDigit(cps[i + 1])) {
                out.append('.');
            } else if (DROPPED.contains(cp) || Character.getType(cp) == Character.FORMAT) {
                // nothing: "don't" and "dont" are the same answer
            } else if (Character.isLetter(cp) || isMark(cp) || isSymbol(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }
}
