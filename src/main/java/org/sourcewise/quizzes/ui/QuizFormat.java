package org.sourcewise.quizzes.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.QuizInfo;

/** Words and numbers as the quiz pages show them, in the page's language. */
final class QuizFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private QuizFormat() {
    }

    static String when(@Nullable Instant instant) {
        return instant == null ? "" : BrowserZone.format(WHEN, instant);
    }

    static String minutes(Duration d) {
        long m = Math.max(0, d.toMinutes());
        String text = Words.of("quizzes.duration.minutes", m);
        // an accommodated limit (50% of 15 minutes) need not be whole minutes: never round time away
        int s = d.toSecondsPart();
        return s == 0 || d.isNegative() ? text : Words.of("quizzes.duration.minutes-seconds", text, s);
    }

    static String score(AttemptSummary a) {
        if (a.score() == null) {
            return Words.of("quizzes.score.not-marked");
        }
        // a marked attempt has its percent (its maximum is more than 0: every slot has points)
        long percent = Math.round(Objects.requireNonNull(a.percent()));
        return a.awaitingGrading() ? Words.of("quizzes.score.awaiting", points(a.score()), points(a.maxScore()), percent)
                : Words.of("quizzes.score", points(a.score()), points(a.maxScore()), percent);
    }

    /** Points as a number: whole without decimals, else with two, in the page's language (2.50, 2,50). */
    static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Words.locale(), "%.2f", p);
    }

    static String grading(QuizInfo quiz) {
        return switch (quiz.gradingMethod()) {
            case HIGHEST -> Words.of("quizzes.start.counts.highest");
            case LAST -> Words.of("quizzes.start.counts.last");
            case FIRST -> Words.of("quizzes.start.counts.first");
            case AVERAGE -> Words.of("quizzes.start.counts.average");
        };
    }

    static String review(QuizInfo quiz) {
        return switch (quiz.reviewPolicy()) {
            case AFTER_SUBMIT -> Words.of("quizzes.start.review.after-submit");
            case AFTER_CLOSE -> Words.of("quizzes.start.review.after-close");
            case NEVER -> Words.of("quizzes.start.review.never");
        };
    }
}
