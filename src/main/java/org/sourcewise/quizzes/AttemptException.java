package org.sourcewise.quizzes;

import java.util.Objects;

/** A refused attempt action, said in words a student understands. */
public class AttemptException extends RuntimeException {

    public enum Reason { NOT_ASSIGNED, NOT_OPEN_YET, CLOSED, NO_ATTEMPTS_LEFT, ALREADY_SUBMITTED, NO_SUCH_QUESTION, NOT_A_NUMBER }

    private final Reason reason;

    public AttemptException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Never null: every refusal is made with its message, which a form shows as it is. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
