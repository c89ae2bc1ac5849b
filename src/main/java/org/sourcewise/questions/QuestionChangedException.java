package org.sourcewise.questions;

import org.sourcewise.browser.Worded;

/**
 * A save refused because someone else saved the question (or changed its status) after the editor
 * loaded it. Nothing was stored; the editor keeps what was typed and may reload the other version.
 */
public class QuestionChangedException extends RuntimeException implements Worded {

    /** The words the editor shows; the form keeps the typed values. */
    public static final String WORDS_KEY = "questions.problem.changed";

    /** The English words, for logs and the API. */
    public static final String MESSAGE = Worded.english(WORDS_KEY);

    private final long questionId;

    public QuestionChangedException(long questionId) {
        super(MESSAGE);
        this.questionId = questionId;
    }

    public long questionId() {
        return questionId;
    }

    @Override
    public String wordsKey() {
        return WORDS_KEY;
    }

    @Override
    public Object[] wordsParams() {
        return new Object[0];
    }
}
