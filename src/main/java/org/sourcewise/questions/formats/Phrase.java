package org.sourcewise.questions.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sourcewise.browser.Bundles;

/**
 * Words of an import problem, or of a part of one (a CSV column's prefix, the kind of a JSON value, one
 * reason among several): a key of the words files ({@code questions_<language>.properties}) and its
 * parameters, said in one language as a whole. A parameter may be a phrase itself, a {@link Joined}
 * list of them, or other words {@link InAnyLanguage}: it is said in the language of the words around it.
 *
 * <p>Data from the file (a quoted fragment, a tag or column name, a line number) is passed as a String,
 * so that it reads exactly as in the file whatever the language.
 *
 * @param key    a key beginning with {@code questions.import.problem.}
 * @param params its parameters: Strings, numbers, phrases or {@link Joined} lists
 */
public record Phrase(String key, List<Object> params) implements InAnyLanguage {

    private static final String PREFIX = "questions.import.problem.";

    public Phrase {
        if (!key.startsWith(PREFIX)) {
            // an English sentence passed where a key belongs would be shown as ⟦...⟧: fail where it is made
            throw new IllegalArgumentException("an import problem's key begins with " + PREFIX + ", was " + key);
        }
        params = List.copyOf(params);
    }

    static Phrase of(String key, Object... params) {
        return new Phrase(key, Arrays.asList(params));
    }

    /**
     * Phrases (or Strings) said one after another with {@code separator} between them, as one parameter:
     * the reasons a cloze question is skipped, the files a question loses.
     */
    public record Joined(String separator, List<?> parts) implements InAnyLanguage {

        public Joined {
            parts = List.copyOf(parts);
        }

        @Override
        public String in(Locale language) {
            return parts.stream().map(p -> String.valueOf(said(p, language))).collect(Collectors.joining(separator));
        }
    }

    /** The words in {@code language} (English when the words files lack the key there). */
    @Override
    public String in(Locale language) {
        return Bundles.loaded().say(language, key, params.stream().map(p -> said(p, language)).toArray());
    }

    // a parameter as language says it: words that can be said become those words, the rest stays
    private static Object said(Object param, Locale language) {
        return param instanceof InAnyLanguage words ? words.in(language) : param;
    }
}
