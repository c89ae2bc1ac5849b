package org.sourcewise.questions;

/**
 * The kinds of question a bank holds. How each type reads its {@link Option}s is spelled out on
 * {@link QuestionContent}; docs/course-format.md gives the same rules for authors.
 */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_RESPONSE,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERIC,
    MATCHING,
    ORDERING,
    CLOZE,
    ESSAY;

    /** Types whose options a student picks from, so option feedback and shuffling make sense. */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_RESPONSE || this == TRUE_FALSE;
    }
}
