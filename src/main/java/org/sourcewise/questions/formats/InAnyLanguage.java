package org.sourcewise.questions.formats;

import java.util.Locale;

/**
 * Words that can be said in any language the app speaks, such as a {@link Phrase}. As a parameter of a
 * phrase, they are said in the language of the words around them.
 */
@FunctionalInterface
public interface InAnyLanguage {

    /** The words in {@code language}. */
    String in(Locale language);
}
