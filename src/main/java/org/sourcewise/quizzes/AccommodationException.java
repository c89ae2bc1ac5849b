package org.sourcewise.quizzes;

/** An accommodation or a time give-back that cannot be made, with a message for the instructor. */
public class AccommodationException extends RuntimeException {

    public AccommodationException(String message) {
        super(message);
    }
}
