package org.sourcewise.classes;

import java.util.Objects;
import org.sourcewise.accounts.Refusal;
import org.sourcewise.browser.Worded;

/** A refused registration, naming the form field at fault; English message, words for the page ({@link Worded}). */
public class RegistrationException extends RuntimeException implements Worded {

    private final String field;
    private final transient Refusal refusal;

    public RegistrationException(String field, Refusal refusal) {
        super(refusal.english());
        this.field = field;
        this.refusal = refusal;
    }

    /** A refusal said by {@code key} of the classes' words with its parameters. */
    public RegistrationException(String field, String key, Object... params) {
        this(field, Refusal.of(key, params));
    }

    public String field() {
        return field;
    }

    @Override
    public String wordsKey() {
        return refusal.wordsKey();
    }

    @Override
    public Object[] wordsParams() {
        return refusal.wordsParams();
    }

    /** Never null: every refusal is made with its words, which a form shows. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
