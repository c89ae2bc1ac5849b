package org.sourcewise.browser;

/**
 * A refusal that a page can say in the reader's language: a service throws it with a key of the
 * words files and its parameters, and its {@link Throwable#getMessage()} is the English words for
 * logs and the REST API ({@link #english(String, Object...)}). Views say it with
 * {@code Words.of(throwable)}.
 */
public interface Worded {

    /** The key of the words files that says what went wrong. */
    String wordsKey();

    /** The key's parameters. */
    Object[] wordsParams();

    /** A key's English words, for an exception's message. */
    static String english(String key, Object... params) {
        return Bundles.loaded().say(Languages.SUPPORTED.getFirst(), key, params);
    }
}
