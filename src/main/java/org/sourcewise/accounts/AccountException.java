package org.sourcewise.accounts;

import org.sourcewise.browser.Worded;

/**
 * A refused account change, naming the field at fault so a form can show it there. Its message is
 * the English words; a page says them in its reader's language ({@link Worded}).
 */
public class AccountException extends RuntimeException implements Worded {

    private final String field;
    private final transient Refusal refusal;

    public AccountException(String field, Refusal refusal) {
        super(refusal.english());
        this.field = field;
        this.refusal = refusal;
    }

    /** A refusal said by {@code key} of the accounts' words with its parameters. */
    public AccountException(String field, String key, Object... params) {
        this(field, Refusal.of(key, params));
    }

    public String field() {
        return field;
    }

    /** What is wrong, as words. */
    public Refusal refusal() {
        return refusal;
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
        return java.util.Objects.requireNonNull(super.getMessage());
    }
}
