package org.sourcewise.quizzes;

import org.sourcewise.browser.Worded;

/**
 * A refused attempt action, said in words a student understands: its key in the words files and
 * their parameters, so that a page says it in its language; {@link #getMessage()} is the English.
 */
public class AttemptException extends RuntimeException implements Worded {

    public enum Reason { NOT_ASSIGNED, NOT_OPEN_YET, CLOSED, NO_ATTEMPTS_LEFT, ALREADY_SUBMITTED, NO_SUCH_QUESTION, NOT_A_NUMBER }

    private final Reason reason;
    private final String wordsKey;
    private final transient Object[] wordsParams;

    public AttemptException(Reason reason, String wordsKey, Object... wordsParams) {
        super(Worded.english(wordsKey, wordsParams));
        this.reason = reason;
        this.wordsKey = wordsKey;
        this.wordsParams = wordsParams.clone();
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String wordsKey() {
        return wordsKey;
    }

    @Override
    public Object[] wordsParams() {
        return wordsParams.clone();
    }

    /** Never null: every refusal is made with its words, whose English is the message. */
    @Override
    public String getMessage() {
        return java.util.Objects.requireNonNull(super.getMessage());
    }
}
