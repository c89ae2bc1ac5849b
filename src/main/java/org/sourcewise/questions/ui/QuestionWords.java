package org.sourcewise.questions.ui;

import org.sourcewise.browser.ui.Words;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.FieldProblem;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.formats.QuestionFormat;

/** The names of the questions' types, difficulties, statuses and file formats, in the page's language. */
final class QuestionWords {

    private QuestionWords() {
    }

    static String type(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> Words.of("questions.type.single-choice");
            case MULTIPLE_RESPONSE -> Words.of("questions.type.multiple-response");
            case TRUE_FALSE -> Words.of("questions.type.true-false");
            case SHORT_ANSWER -> Words.of("questions.type.short-answer");
            case NUMERIC -> Words.of("questions.type.numeric");
            case MATCHING -> Words.of("questions.type.matching");
            case ORDERING -> Words.of("questions.type.ordering");
            case CLOZE -> Words.of("questions.type.cloze");
            case ESSAY -> Words.of("questions.type.essay");
        };
    }

    /** How many questions of a type, as a badge: "3 single choice". */
    static String typeCount(QuestionType type, int count) {
        return switch (type) {
            case SINGLE_CHOICE -> Words.of("questions.type-count.single-choice", count);
            case MULTIPLE_RESPONSE -> Words.of("questions.type-count.multiple-response", count);
            case TRUE_FALSE -> Words.of("questions.type-count.true-false", count);
            case SHORT_ANSWER -> Words.of("questions.type-count.short-answer", count);
            case NUMERIC -> Words.of("questions.type-count.numeric", count);
            case MATCHING -> Words.of("questions.type-count.matching", count);
            case ORDERING -> Words.of("questions.type-count.ordering", count);
            case CLOZE -> Words.of("questions.type-count.cloze", count);
            case ESSAY -> Words.of("questions.type-count.essay", count);
        };
    }

    static String difficulty(Difficulty difficulty) {
        return switch (difficulty) {
            case EASY -> Words.of("questions.difficulty.easy");
            case MEDIUM -> Words.of("questions.difficulty.medium");
            case HARD -> Words.of("questions.difficulty.hard");
        };
    }

    static String status(QuestionStatus status) {
        return switch (status) {
            case DRAFT -> Words.of("questions.status.draft");
            case PUBLISHED -> Words.of("questions.status.published");
            case ARCHIVED -> Words.of("questions.status.archived");
        };
    }

    /** A problem that stops a question from being saved, as a sentence in the page's language. */
    static String problem(FieldProblem problem) {
        return Words.of(problem.wordsKey(), problem.wordsParams());
    }

    static String format(QuestionFormat format) {
        return switch (format) {
            case GIFT -> Words.of("questions.format.gift");
            case AIKEN -> Words.of("questions.format.aiken");
            case CSV -> Words.of("questions.format.csv");
            case JSON -> Words.of("questions.format.json");
            case MOODLEXML -> Words.of("questions.format.moodlexml");
        };
    }
}
