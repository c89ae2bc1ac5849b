package org.sourcewise.quizzes;

import org.sourcewise.browser.Worded;

/**
 * An accommodation or a time give-back that cannot be made, with words for the instructor in the
 * page's language ({@link Worded}); {@link #getMessage()} is the English.
 */
public class AccommodationException extends RuntimeException implements Worded {

    private final String wordsKey;
    private final transient Object[] wordsParams;

    public AccommodationException(String wordsKey, Object... wordsParams) {
        super(Worded.english(wordsKey, wordsParams));
        this.wordsKey = wordsKey;
        this.wordsParams = wordsParams.clone();
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
