package org.sourcewise.quizzes.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.scoring.GradingMethod;

/**
 * A quiz's settings that decide who may do what and when, with the rules that follow from them.
 *
 * @param timeLimitSeconds null for an untimed quiz
 * @param attemptsAllowed  0 for unlimited
 * @param passMark         a percentage, 0..100
 */
public record QuizRules(GradingMethod gradingMethod, double passMark, int attemptsAllowed, @Nullable Instant openAt,
                        @Nullable Instant closeAt, @Nullable Integer timeLimitSeconds) {

    /**
     * How long after its deadline an attempt still takes answers: a save the browser sent just
     * before time ran out must land. The automatic submission waits for it too.
     */
    public static final Duration GRACE = Duration.ofSeconds(15);

    /** Why a new attempt may not start. */
    public enum StartRefusal { NOT_YET_OPEN, CLOSED, NO_ATTEMPTS_LEFT }

    /**
     * These rules for a student with an accommodation: a longer time limit, a close that is never
     * earlier than the quiz's, more attempts (unlimited stays unlimited). A quiz that never closes
     * stays open: a later close only moves a close there is. The one place where an accommodation
     * changes a rule; the start page, the start and the deadline all read the result.
     */
    public QuizRules accommodated(Accommodation accommodation) {
        if (accommodation.isNone()) {
            return this;
        }
        Instant close = closeAt == null || accommodation.closeAt() == null || closeAt.isAfter(accommodation.closeAt())
                ? closeAt : accommodation.closeAt();
        return new QuizRules(gradingMethod, passMark, attemptsAllowed == 0 ? 0 : attemptsAllowed + accommodation.extraAttempts(),
                openAt, close, timeLimitSeconds == null ? null : accommodation.extendLimit(timeLimitSeconds));
    }

    /** Whether the quiz has not opened yet, is open, or has closed. */
    public enum Window { NOT_YET_OPEN, OPEN, CLOSED }

    public Window window(Instant now) {
        if (openAt != null && now.isBefore(openAt)) {
            return Window.NOT_YET_OPEN;
        }
        return closeAt != null && !now.isBefore(closeAt) ? Window.CLOSED : Window.OPEN;
    }

    /** Attempts still allowed after {@code used}, or empty when the quiz allows any number. */
    public Optional<Integer> attemptsLeft(int used) {
        return attemptsAllowed == 0 ? Optional.empty() : Optional.of(Math.max(0, attemptsAllowed - used));
    }

    /** Why a student who has used {@code used} attempts may not start another now, or empty when they may. */
    public Optional<StartRefusal> refusesStart(int used, Instant now) {
        return switch (window(now)) {
            case NOT_YET_OPEN -> Optional.of(StartRefusal.NOT_YET_OPEN);
            case CLOSED -> Optional.of(StartRefusal.CLOSED);
            case OPEN -> attemptsLeft(used).filter(left -> left == 0).map(left -> StartRefusal.NO_ATTEMPTS_LEFT);
        };
    }

    /** The deadline of an attempt started at {@code startedAt}: its time limit, cut short by the quiz's close. */
    public @Nullable Instant deadline(Instant startedAt) {
        if (timeLimitSeconds == null) {
            return null;
        }
        Instant limit = startedAt.plusSeconds(timeLimitSeconds);
        return closeAt != null && closeAt.isBefore(limit) ? closeAt : limit;
    }

    /** Whether an attempt with this deadline still takes answers at {@code now} (the grace included). */
    public static boolean acceptsAnswers(@Nullable Instant deadline, Instant now) {
        return deadline == null || !now.isAfter(deadline.plus(GRACE));
    }

    /** Whether an attempt in this state, with this deadline, still takes answers and flags at {@code now}. */
    public static boolean takesChanges(AttemptState state, @Nullable Instant deadline, Instant now) {
        return state == AttemptState.IN_PROGRESS && acceptsAnswers(deadline, now);
    }

    /** Whether a grade (a percentage) passes. */
    public boolean passes(double percent) {
        return percent + 1e-9 >= passMark;
    }
}
