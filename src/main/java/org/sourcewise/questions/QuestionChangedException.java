package org.sourcewise.questions;

/**
 * A save refused because someone else saved the question (or changed its status) after the editor
 * loaded it. Nothing was stored; the editor keeps what was typed and may reload the other version.
 */
public class QuestionChangedException extends RuntimeException {

    /** What the editor shows; the form keeps the typed values. */
    public static final String MESSAGE = "This question was changed by someone else while you were editing it."
            + " Your changes are not saved yet, and nothing was overwritten.";

    private final long questionId;

    public QuestionChangedException(long questionId) {
        super(MESSAGE);
        this.questionId = questionId;
    }

    public long questionId() {
        return questionId;
    }
}
