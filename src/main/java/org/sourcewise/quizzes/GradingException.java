package org.sourcewise.quizzes;

/** A refused grade, naming the field at fault ("score", "reason", "comment" or "attempt") so a form can show it there. */
public class GradingException extends RuntimeException {

    private final String field;

    public GradingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
