package org.sourcewise.classes;

import java.util.Objects;

/** A refused registration, naming the form field at fault. */
public class RegistrationException extends RuntimeException {

    private final String field;

    public RegistrationException(String field, String message) {
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
