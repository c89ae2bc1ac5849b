package org.sourcewise.quizzes.ui;

import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.QuizCatalog;
import org.sourcewise.quizzes.QuizDraft.DrawSource;
import org.sourcewise.quizzes.ReviewPolicy;
import org.sourcewise.quizzes.scoring.GradingMethod;

/** The quiz builder's words for settings and slots, in the page's language. */
final class BuilderWords {

    private BuilderWords() {
    }

    static String grading(GradingMethod method) {
        return switch (method) {
            case HIGHEST -> Words.of("quizzes.builder.grading.highest");
            case LAST -> Words.of("quizzes.builder.grading.last");
            case FIRST -> Words.of("quizzes.builder.grading.first");
            case AVERAGE -> Words.of("quizzes.builder.grading.average");
        };
    }

    static String review(ReviewPolicy policy) {
        return switch (policy) {
            case AFTER_SUBMIT -> Words.of("quizzes.builder.review.after-submit");
            case AFTER_CLOSE -> Words.of("quizzes.builder.review.after-close");
            case NEVER -> Words.of("quizzes.builder.review.never");
        };
    }

    /** A draw's source as the From list offers it ("a lesson"). */
    static String from(DrawSource source) {
        return switch (source) {
            case LESSON -> Words.of("quizzes.builder.from.lesson");
            case CLAIM -> Words.of("quizzes.builder.from.claim");
            case TAG -> Words.of("quizzes.builder.from.tag");
            case CATEGORY -> Words.of("quizzes.builder.from.category");
        };
    }

    /** The draw's source in a teacher's words: "lesson 2: Rail and ports", "tag “rail”". */
    static String describe(QuizCatalog catalog, @Nullable DrawSource source, @Nullable Long sourceId, @Nullable String sourceText) {
        if (source == null) {
            return Words.of("quizzes.builder.source.nowhere");
        }
        String text = sourceText == null ? "" : sourceText.strip();
        return switch (source) {
            case LESSON -> sourceId == null ? Words.of("quizzes.builder.source.any-lesson") : catalog.lesson(sourceId)
                    .map(l -> Words.of("quizzes.builder.source.lesson", String.valueOf(l.ordinal()), l.title()))
                    .orElse(Words.of("quizzes.builder.source.other-lesson"));
            case CLAIM -> sourceId == null ? Words.of("quizzes.builder.source.any-claim") : catalog.claim(sourceId)
                    .map(c -> Words.of("quizzes.builder.source.claim", c.key()))
                    .orElse(Words.of("quizzes.builder.source.other-claim"));
            case TAG -> Words.of("quizzes.builder.source.tag", text);
            case CATEGORY -> Words.of("quizzes.builder.source.category", text);
        };
    }

    static String type(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> Words.of("quizzes.type.single-choice");
            case MULTIPLE_RESPONSE -> Words.of("quizzes.type.multiple-response");
            case TRUE_FALSE -> Words.of("quizzes.type.true-false");
            case SHORT_ANSWER -> Words.of("quizzes.type.short-answer");
            case NUMERIC -> Words.of("quizzes.type.numeric");
            case MATCHING -> Words.of("quizzes.type.matching");
            case ORDERING -> Words.of("quizzes.type.ordering");
            case CLOZE -> Words.of("quizzes.type.cloze");
            case ESSAY -> Words.of("quizzes.type.essay");
        };
    }

    static String questions(int n) {
        return Words.of("quizzes.questions", n);
    }

    static String points(double p) {
        return Words.of("quizzes.points", QuizFormat.points(p), p);
    }

    /** The first words of a stem, without Markdown marks or cloze blanks, for a one-line list. */
    static String excerpt(String stem, int max) {
        String plain = stem == null ? "" : stem.replaceAll("\\{\\d+}", "___").replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= max ? plain : plain.substring(0, max - 1).strip() + "…";
    }
}
