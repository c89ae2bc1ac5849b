package org.sourcewise.accounts;

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
}
