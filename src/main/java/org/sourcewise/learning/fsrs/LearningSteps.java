package org.sourcewise.learning.fsrs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Short-term steps for new and forgotten items, so that an item answered wrongly comes back the same
 * day instead of a day later. The rule is py-fsrs's {@code Scheduler.review_card} (docs/practice.md,
 * "Learning steps"):
 *
 * <ul>
 *   <li>A new item is in {@link Phase#LEARNING} at step 0. Again goes back to step 0 and waits the
 *       first step; Hard stays at its step and waits the mean of the first two steps at step 0 (1.5
 *       times the only step, if there is one), else its step again; Good moves to the next step and
 *       waits it, or graduates after the last; Easy graduates at once.</li>
 *   <li>An item in {@link Phase#REVIEW} rated Again enters {@link Phase#RELEARNING} at step 0 and waits
 *       the first relearning step; any other rating keeps it in review.</li>
 *   <li>Relearning follows the learning rule with the relearning steps.</li>
 *   <li>Graduating, and every review in review, is scheduled by the FSRS interval in whole days. With
 *       no steps at all ({@link #NONE}) every review is.</li>
 * </ul>
 *
 * @param learning   waits between the reviews of a new item, in order
 * @param relearning waits between the reviews of an item forgotten in review, in order
 */
public record LearningSteps(List<Duration> learning, List<Duration> relearning) {

    /** py-fsrs's defaults: learning 1 and 10 minutes, relearning 10 minutes. */
    public static final LearningSteps DEFAULT = new LearningSteps(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)));

    /** No short steps: every review is scheduled in whole days, as before issue 13. */
    public static final LearningSteps NONE = new LearningSteps(List.of(), List.of());

    public LearningSteps {
        learning = List.copyOf(learning);
        relearning = List.copyOf(relearning);
        if (learning.stream().anyMatch(d -> !d.isPositive()) || relearning.stream().anyMatch(d -> !d.isPositive())) {
            throw new IllegalArgumentException("learning steps must be positive");
        }
    }

    /**
     * A short step: the phase and step an item is in after a review, and how long until it is due.
     *
     * @param phase {@link Phase#LEARNING} or {@link Phase#RELEARNING}
     * @param step  the index of the step in that phase's list
     * @param delay from the review to the next one
     */
    public record Step(Phase phase, int step, Duration delay) {
    }

    /**
     * Where an item in {@code phase} at {@code step} goes after a review rated {@code rating}: a short
     * step, or empty when it is (or stays) in review and is scheduled by the FSRS interval in days.
     */
    public Optional<Step> after(Phase phase, int step, Rating rating) {
        return switch (phase) {
            case REVIEW -> rating == Rating.AGAIN && !relearning.isEmpty()
                    ? Optional.of(new Step(Phase.RELEARNING, 0, relearning.getFirst()))
                    : Optional.empty();
            case LEARNING -> inSteps(Phase.LEARNING, learning, step, rating);
            case RELEARNING -> inSteps(Phase.RELEARNING, relearning, step, rating);
        };
    }

    private static Optional<Step> inSteps(Phase phase, List<Duration> steps, int step, Rating rating) {
        // a step beyond the list (the steps were shortened since) graduates on any recall, as in py-fsrs
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return Optional.empty();
        }
        return switch (rating) {
            case AGAIN -> Optional.of(new Step(phase, 0, steps.getFirst()));
            case HARD -> Optional.of(new Step(phase, step, hardWait(steps, step)));
            case GOOD -> step + 1 >= steps.size()
                    ? Optional.empty()
                    : Optional.of(new Step(phase, step + 1, steps.get(step + 1)));
            case EASY -> Optional.empty();
        };
    }

    // at the first step Hard waits between the first and the second step, so it is neither Again nor Good
    private static Duration hardWait(List<Duration> steps, int step) {
        if (step > 0) {
            return steps.get(step);
        }
        return steps.size() == 1 ? steps.getFirst().multipliedBy(3).dividedBy(2) : steps.get(0).plus(steps.get(1)).dividedBy(2);
    }
}
