package org.sourcewise.quizzes.ui;

import java.util.Locale;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.QuizDraft.DrawSource;
import org.sourcewise.quizzes.ReviewPolicy;
import org.sourcewise.quizzes.scoring.GradingMethod;

/** The quiz builder's words for settings and slots. */
final class BuilderWords {

    private BuilderWords() {
    }

    static String grading(GradingMethod method) {
        return switch (method) {
            case HIGHEST -> "Highest attempt";
            case LAST -> "Last attempt";
            case FIRST -> "First attempt";
            case AVERAGE -> "Average of all attempts";
        };
    }

    static String review(ReviewPolicy policy) {
        return switch (policy) {
            case AFTER_SUBMIT -> "Immediately after submitting";
            case AFTER_CLOSE -> "After the quiz closes";
            case NEVER -> "Never";
        };
    }

    static String source(DrawSource source) {
        return switch (source) {
            case LESSON -> "lesson";
            case CLAIM -> "claim";
            case TAG -> "tag";
            case CATEGORY -> "category";
        };
    }

    static String type(QuestionType type) {
        String lower = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String questions(int n) {
        return n == 1 ? "1 question" : n + " questions";
    }

    static String points(double p) {
        String number = QuizFormat.points(p);
        return number + (p == 1 ? " point" : " points");
    }

    /** The first words of a stem, without Markdown marks or cloze blanks, for a one-line list. */
    static String excerpt(String stem, int max) {
        String plain = stem == null ? "" : stem.replaceAll("\\{\\d+}", "___").replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= max ? plain : plain.substring(0, max - 1).strip() + "…";
    }
}
