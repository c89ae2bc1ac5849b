package org.sourcewise.content;

import java.util.Objects;

/** A refused change to a course's editors, with the reason to show. */
public class CourseEditorException extends RuntimeException {

    public CourseEditorException(String message) {
        super(message);
    }

    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
