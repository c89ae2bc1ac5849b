package org.sourcewise.accounts;

import java.util.List;
import org.sourcewise.browser.Worded;

/**
 * Why something was refused, as the words files say it: a key and its parameters. A page says it in
 * its reader's language ({@code Words.of(refusal)}); {@link #english()} is the same words for logs,
 * tests and the REST API.
 */
public record Refusal(String wordsKey, List<Object> params) implements Worded {

    public Refusal {
        params = List.copyOf(params);
    }

    /** A refusal with these parameters (none of them null). */
    public static Refusal of(String key, Object... params) {
        return new Refusal(key, List.of(params));
    }

    @Override
    public Object[] wordsParams() {
        return params.toArray();
    }

    /** The words in English. */
    public String english() {
        return Worded.english(wordsKey, wordsParams());
    }
}
