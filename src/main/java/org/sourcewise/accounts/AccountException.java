package org.sourcewise.accounts;

import java.util.Objects;

/** A refused account change, naming the field at fault so a form can show it there. */
public class AccountException extends RuntimeException {

    private final String field;

    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Never null: every refusal is made with its message, which a form shows as it is. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
