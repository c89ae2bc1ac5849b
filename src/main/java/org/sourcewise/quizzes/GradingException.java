package org.sourcewise.quizzes;

import org.sourcewise.browser.Worded;

/**
 * A refused grade, naming the field at fault ("score", "reason", "comment" or "attempt") so a form can
 * show it there, in the page's language ({@link Worded}); {@link #getMessage()} is the English.
 */
public class GradingException extends RuntimeException implements Worded {

    private final String field;
    private final String wordsKey;
    private final transient Object[] wordsParams;

    public GradingException(String field, String wordsKey, Object... wordsParams) {
        super(Worded.english(wordsKey, wordsParams));
        this.field = field;
        this.wordsKey = wordsKey;
        this.wordsParams = wordsParams.clone();
    }

    public String field() {
        return field;
    }

    @Override
    public String wordsKey() {
        return wordsKey;
    }

    @Override
    public Object[] wordsParams() {
        return wordsParams.clone();
    }
}
