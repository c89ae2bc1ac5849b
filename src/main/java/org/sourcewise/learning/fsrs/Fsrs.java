package org.sourcewise.learning.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The FSRS-6 scheduler: after each review it updates an item's difficulty and stability and schedules
 * the next review for when the student's recall probability will have fallen to the desired retention.
 *
 * <p>It follows open-spaced-repetition's reference implementation, py-fsrs 6 ({@code Scheduler} since
 * 6.2.0, whose default weights these are), run without fuzz: new and forgotten items go through short
 * {@link LearningSteps} (by default py-fsrs's 1 and 10 minutes, and 10 minutes), graduated items get
 * whole-day intervals, at least one, and scheduling is deterministic. Elapsed time is counted in whole
 * days (24-hour periods) since the last review, and a review less than a day after the previous one
 * uses FSRS-6's same-day formula. Every formula is spelled out in {@code docs/practice.md}; the tests
 * check it against the values py-fsrs's own tests assert. Immutable and thread-safe.
 */
public final class Fsrs {

    private static final double MIN_STABILITY = 0.001;
    private static final double MIN_DIFFICULTY = 1;
    private static final double MAX_DIFFICULTY = 10;

    private final FsrsParameters p;
    private final LearningSteps steps;
    private final double decay;
    private final double factor;

    /** Default FSRS-6 weights, 90% desired retention and py-fsrs's default learning steps. */
    public Fsrs() {
        this(FsrsParameters.DEFAULT);
    }

    /** These parameters with py-fsrs's default learning steps. */
    public Fsrs(FsrsParameters parameters) {
        this(parameters, LearningSteps.DEFAULT);
    }

    public Fsrs(FsrsParameters parameters, LearningSteps steps) {
        this.p = Objects.requireNonNull(parameters, "parameters");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.decay = -p.w(20);
        // chosen so that R(S, S) = 0.9 whatever the decay: stability is "days until 90% recall"
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParameters parameters() {
        return p;
    }

    public LearningSteps steps() {
        return steps;
    }

    /**
     * The state after a review rated {@code rating} at {@code now}.
     *
     * @param state the state before, {@link CardState#NEW} or null for an item never reviewed
     */
    public CardState review(@Nullable CardState state, Rating rating, Instant now) {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");
        CardState before = state == null ? CardState.NEW : state;
        double s;
        double d;
        if (before.isNew()) {
            s = initialStability(rating);
            d = initialDifficulty(rating);
        } else {
            long elapsed = elapsedDays(lastReview(before), now);
            if (elapsed < 1) {
                s = shortTermStability(before.stability(), rating);
            } else {
                double r = forgettingCurve(elapsed, before.stability());
                s = rating == Rating.AGAIN
                        ? forgetStability(before.difficulty(), before.stability(), r)
                        : recallStability(before.difficulty(), before.stability(), r, rating);
            }
            // stability above uses the difficulty from before this review, as FSRS does
            d = nextDifficulty(before.difficulty(), rating);
        }
        // a lapse is forgetting what had been learnt; misses during the steps are part of learning it
        int lapses = before.lapses() + (rating == Rating.AGAIN && before.phase() == Phase.REVIEW ? 1 : 0);
        int reps = before.reps() + 1;
        Optional<LearningSteps.Step> step = steps.after(before.phase(), before.step(), rating);
        if (step.isPresent()) {
            LearningSteps.Step next = step.get();
            return new CardState(d, s, now.plus(next.delay()), now, reps, lapses, next.phase(), next.step());
        }
        return CardState.inReview(d, s, now.plus(Duration.ofDays(nextInterval(s))), now, reps, lapses);
    }

    /** The probability that the student recalls the item at {@code now}; 0 for an item never reviewed. */
    public double retrievability(@Nullable CardState state, Instant now) {
        if (state == null || state.isNew()) {
            return 0;
        }
        return forgettingCurve(elapsedDays(lastReview(state), now), state.stability());
    }

    /** How well the student knows the item at {@code now}; the rule is on {@link Mastery}. */
    public Mastery mastery(@Nullable CardState state, Instant now) {
        if (state == null || state.isNew()) {
            return Mastery.NOT_SEEN;
        }
        return Mastery.of(retrievability(state, now), state.stability());
    }

    /** R(t, S) = (1 + FACTOR · t / S)^DECAY, with t in days. */
    public double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, decay);
    }

    /**
     * I(S) = S / FACTOR · (R_d^(1/DECAY) − 1), rounded to whole days (halves up), at least 1 and at most
     * the maximum interval. With R_d = 0.9 this is S rounded.
     */
    public int nextInterval(double stability) {
        double days = stability / factor * (Math.pow(p.desiredRetention(), 1 / decay) - 1);
        long rounded = Math.round(days);
        return (int) Math.min(p.maximumIntervalDays(), Math.max(1, rounded));
    }

    /** S0(G) = w[G−1]. */
    public double initialStability(Rating rating) {
        return Math.max(MIN_STABILITY, p.w(rating.grade() - 1));
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to 1..10. */
    public double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    /**
     * D' = w7 · D0(4) + (1 − w7) · (D + ΔD · (10 − D) / 9) with ΔD = −w6 · (G − 3), clamped to 1..10:
     * linear damping slows changes near 10, mean reversion pulls towards D0(Easy) (unclamped).
     */
    public double nextDifficulty(double difficulty, Rating rating) {
        double delta = -p.w(6) * (rating.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        return clampDifficulty(p.w(7) * rawInitialDifficulty(Rating.EASY) + (1 - p.w(7)) * damped);
    }

    /**
     * S'r = S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^(w10·(1−R)) − 1) · h · b), with h = w15 for Hard
     * (else 1) and b = w16 for Easy (else 1).
     */
    public double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? p.w(15) : 1;
        double easyBonus = rating == Rating.EASY ? p.w(16) : 1;
        double growth = Math.exp(p.w(8)) * (11 - difficulty) * Math.pow(stability, -p.w(9))
                * (Math.exp(p.w(10) * (1 - retrievability)) - 1) * hardPenalty * easyBonus;
        return Math.max(MIN_STABILITY, stability * (1 + growth));
    }

    /**
     * S'f = min(w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^(w14·(1−R)), S / e^(w17·w18)): forgetting never
     * leaves an item more stable than before.
     */
    public double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = p.w(11) * Math.pow(difficulty, -p.w(12)) * (Math.pow(stability + 1, p.w(13)) - 1)
                * Math.exp(p.w(14) * (1 - retrievability));
        double cap = stability / Math.exp(p.w(17) * p.w(18));
        return Math.max(MIN_STABILITY, Math.min(longTerm, cap));
    }

    /**
     * Same-day review: S' = S · e^(w17·(G − 3 + w18)) · S^(−w19), where the factor is at least 1 for Good
     * and Easy, so a correct same-day answer never lowers stability.
     */
    public double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(p.w(17) * (rating.grade() - 3 + p.w(18))) * Math.pow(stability, -p.w(19));
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return Math.max(MIN_STABILITY, stability * increase);
    }

    private double rawInitialDifficulty(Rating rating) {
        return p.w(4) - Math.exp(p.w(5) * (rating.grade() - 1)) + 1;
    }

    private static double clampDifficulty(double d) {
        return Math.max(MIN_DIFFICULTY, Math.min(MAX_DIFFICULTY, d));
    }

    // whole 24-hour periods, as py-fsrs counts them; a clock that went backwards counts as no time
    private static long elapsedDays(Instant lastReview, Instant now) {
        return Math.max(0, Duration.between(lastReview, now).toDays());
    }

    /** A card that is not new has a last review: {@link CardState} checks it. */
    private static Instant lastReview(CardState reviewed) {
        return Objects.requireNonNull(reviewed.lastReview());
    }
}
