package org.sourcewise.quizzes.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.QuizInfo;

/** Words and numbers as the quiz pages show them. */
final class QuizFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private QuizFormat() {
    }

    static String when(@Nullable Instant instant) {
        return instant == null ? "" : BrowserZone.format(WHEN, instant);
    }

    static String minutes(Duration d) {
        long m = Math.max(0, d.toMinutes());
        String text = m == 1 ? "1 minute" : m + " minutes";
        // an accommodated limit (50% of 15 minutes) need not be whole minutes: never round time away
        int s = d.toSecondsPart();
        return s == 0 || d.isNegative() ? text : text + " " + s + (s == 1 ? " second" : " seconds");
    }

    static String score(AttemptSummary a) {
        if (a.score() == null) {
            return "Not marked";
        }
        // a marked attempt has its percent (its maximum is more than 0: every slot has points)
        return points(a.score()) + " / " + points(a.maxScore()) + " (" + Math.round(Objects.requireNonNull(a.percent())) + "%)"
                + (a.awaitingGrading() ? ", essays awaiting grading" : "");
    }

    static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.UK, "%.2f", p);
    }

    static String grading(QuizInfo quiz) {
        return switch (quiz.gradingMethod()) {
            case HIGHEST -> "your highest attempt counts";
            case LAST -> "your last attempt counts";
            case FIRST -> "your first attempt counts";
            case AVERAGE -> "the average of your attempts counts";
        };
    }

    static String review(QuizInfo quiz) {
        return switch (quiz.reviewPolicy()) {
            case AFTER_SUBMIT -> "Right after you submit you see your score, the answers, feedback and explanations.";
            case AFTER_CLOSE -> "You see your score when you submit; answers and explanations once the quiz closes.";
            case NEVER -> "You see your score when you submit; answers are not shown.";
        };
    }
}
