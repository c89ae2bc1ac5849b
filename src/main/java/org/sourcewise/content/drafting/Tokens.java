package org.sourcewise.content.drafting;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The words and punctuation of a sentence, by the JDK's word {@link BreakIterator}, with their offsets. */
record Tokens(String sentence, List<Token> list) {

    record Token(String text, int start, int end) {

        boolean isWord() {
            return text.codePoints().anyMatch(Character::isLetterOrDigit);
        }

        boolean hasDigit() {
            return text.codePoints().anyMatch(Character::isDigit);
        }

        boolean isCapitalized() {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && text.codePoints().allMatch(
                    c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.');
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    // creating a BreakIterator loads its rules; cloning a made one is cheap
    private static final BreakIterator WORDS = BreakIterator.getWordInstance(Locale.ENGLISH);

    static Tokens of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        BreakIterator it = (BreakIterator) WORDS.clone();
        it.setText(sentence);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String text = sentence.substring(start, end);
            if (!text.isBlank()) {
                tokens.add(new Token(text, start, end));
            }
        }
        return new Tokens(sentence, List.copyOf(tokens));
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    /** The token at {@code i}, or null outside the sentence. */
    @Nullable Token at(int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    /** How many words (tokens with a letter or digit). */
    int wordCount() {
        return (int) list.stream().filter(Token::isWord).count();
    }
}
