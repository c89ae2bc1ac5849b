package org.sourcewise.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The memory model and the day intervals. Most tests run without learning steps (py-fsrs with empty
 * learning and relearning steps), so that each review lands on the formulas of docs/practice.md; the
 * steps have tests of their own at the end and in {@link PyFsrsReferenceTest}.
 */
class FsrsTest {

    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    private static final double EPS = 1e-9;

    private final Fsrs fsrs = new Fsrs(FsrsParameters.DEFAULT, LearningSteps.NONE);
    private final Fsrs withSteps = new Fsrs();

    @Test
    void retrievability_after_exactly_one_stability_is_ninety_percent() {
        assertThat(fsrs.forgettingCurve(2.3065, 2.3065)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.forgettingCurve(100, 100)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void retrievability_follows_the_fsrs6_power_curve_with_the_default_decay() {
        double decay = -0.1542;
        double factor = Math.pow(0.9, 1 / decay) - 1;
        assertThat(factor).isCloseTo(0.98034649, within(1e-8));
        assertThat(fsrs.forgettingCurve(2, 2.3065)).isCloseTo(0.90949326, within(1e-8));
        assertThat(fsrs.forgettingCurve(30, 10)).isCloseTo(Math.pow(1 + factor * 3, decay), within(EPS));
        assertThat(fsrs.forgettingCurve(0, 10)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "a first {0} gives stability {1}, difficulty {2}, interval {3}")
    @CsvSource({
            "AGAIN, 0.212,  6.4133,     1",
            "HARD,  1.2931, 5.11217071, 1",
            "GOOD,  2.3065, 2.11810397, 2",
            "EASY,  8.2956, 1.0,        8",
    })
    void the_first_review_takes_stability_w0_to_w3_and_difficulty_d0(Rating rating, double stability,
                                                                      double difficulty, int days) {
        CardState card = fsrs.review(CardState.NEW, rating, START);
        assertThat(card.stability()).isEqualTo(stability);
        assertThat(card.difficulty()).isCloseTo(difficulty, within(1e-8));
        assertThat(card.due()).isEqualTo(START.plus(Duration.ofDays(days)));
        assertThat(card.lastReview()).isEqualTo(START);
        assertThat(card.reps()).isEqualTo(1);
        assertThat(card.lapses()).isZero();
    }

    @Test
    void a_null_state_is_reviewed_as_a_new_item() {
        assertThat(fsrs.review(null, Rating.GOOD, START)).isEqualTo(fsrs.review(CardState.NEW, Rating.GOOD, START));
    }

    @Test
    void good_second_review_matches_the_hand_computation_in_the_docs() {
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, START);
        CardState second = fsrs.review(first, Rating.GOOD, first.due());
        assertThat(second.stability()).isCloseTo(10.96433234, within(1e-7));
        assertThat(second.difficulty()).isCloseTo(2.11121424, within(1e-7));
        assertThat(second.scheduledDays()).isEqualTo(11);
    }

    @Test
    void the_documented_sequence_good_good_good_again_good_gives_intervals_2_11_46_3_8() {
        List<Long> intervals = new ArrayList<>();
        CardState card = CardState.NEW;
        Instant now = START;
        for (Rating rating : List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD)) {
            card = fsrs.review(card, rating, now);
            intervals.add(card.scheduledDays());
            now = card.due();
        }
        assertThat(intervals).containsExactly(2L, 11L, 46L, 3L, 8L);
        assertThat(card.reps()).isEqualTo(5);
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.stability()).isCloseTo(7.77822574, within(1e-7));
    }

    @Test
    void intervals_grow_after_each_good_review_on_time() {
        CardState card = fsrs.review(CardState.NEW, Rating.GOOD, START);
        long previous = card.scheduledDays();
        for (int i = 0; i < 5; i++) {
            card = fsrs.review(card, Rating.GOOD, card.due());
            assertThat(card.scheduledDays()).isGreaterThan(previous);
            previous = card.scheduledDays();
        }
    }

    @Test
    void again_shrinks_the_interval_and_counts_a_lapse() {
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, START);
        CardState second = fsrs.review(first, Rating.GOOD, first.due());
        CardState forgotten = fsrs.review(second, Rating.AGAIN, second.due());
        assertThat(forgotten.scheduledDays()).isLessThan(second.scheduledDays());
        assertThat(forgotten.stability()).isLessThan(second.stability());
        assertThat(forgotten.lapses()).isEqualTo(1);
    }

    @Test
    void ratings_order_the_next_stability_again_below_hard_below_good_below_easy() {
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, START);
        Instant due = first.due();
        double again = fsrs.review(first, Rating.AGAIN, due).stability();
        double hard = fsrs.review(first, Rating.HARD, due).stability();
        double good = fsrs.review(first, Rating.GOOD, due).stability();
        double easy = fsrs.review(first, Rating.EASY, due).stability();
        assertThat(again).isLessThan(hard);
        assertThat(hard).isLessThan(good);
        assertThat(good).isLessThan(easy);
        assertThat(hard).isCloseTo(7.51332037, within(1e-7));
        assertThat(easy).isCloseTo(18.52175418, within(1e-7));
        assertThat(again).isCloseTo(0.60758011, within(1e-7));
    }

    @Test
    void difficulty_rises_after_again_and_falls_after_easy_within_one_to_ten() {
        double d = 5;
        assertThat(fsrs.nextDifficulty(d, Rating.AGAIN)).isGreaterThan(d);
        assertThat(fsrs.nextDifficulty(d, Rating.EASY)).isLessThan(d);
        assertThat(fsrs.nextDifficulty(10, Rating.AGAIN)).isLessThanOrEqualTo(10);
        assertThat(fsrs.nextDifficulty(1, Rating.EASY)).isGreaterThanOrEqualTo(1);
        // linear damping and mean reversion towards D0(Easy) = -4.7716...
        assertThat(fsrs.nextDifficulty(5, Rating.AGAIN))
                .isCloseTo(0.001 * -4.77163070 + 0.999 * (5 + 2 * 3.0194 * 5 / 9), within(1e-7));
    }

    @Test
    void a_review_later_the_same_day_uses_the_short_term_formula() {
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, START);
        CardState again = fsrs.review(first, Rating.AGAIN, START.plus(Duration.ofHours(3)));
        CardState good = fsrs.review(first, Rating.GOOD, START.plus(Duration.ofHours(3)));
        // S * e^(w17 * (1 - 3 + w18)) * S^-w19
        assertThat(again.stability()).isCloseTo(0.77508398, within(1e-7));
        // the factor for Good is below 1 at this stability, and Good never lowers stability
        assertThat(good.stability()).isEqualTo(first.stability());
        assertThat(good.due()).isEqualTo(START.plus(Duration.ofHours(3)).plus(Duration.ofDays(2)));
    }

    @Test
    void overdue_reviews_grow_stability_more_than_reviews_on_time() {
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, START);
        double onTime = fsrs.review(first, Rating.GOOD, first.due()).stability();
        double late = fsrs.review(first, Rating.GOOD, first.due().plus(Duration.ofDays(10))).stability();
        assertThat(late).isGreaterThan(onTime);
    }

    @Test
    void intervals_are_at_least_one_day_and_at_most_36500() {
        assertThat(fsrs.nextInterval(0.212)).isEqualTo(1);
        assertThat(fsrs.nextInterval(2.5)).isEqualTo(3);
        assertThat(fsrs.nextInterval(1_000_000)).isEqualTo(36500);
    }

    @Test
    void a_lower_desired_retention_schedules_longer_intervals() {
        Fsrs relaxed = new Fsrs(new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, 0.8, 36500), LearningSteps.NONE);
        assertThat(relaxed.nextInterval(10)).isGreaterThan(fsrs.nextInterval(10));
        assertThat(fsrs.nextInterval(10)).isEqualTo(10);
    }

    @Test
    void retrievability_of_a_reviewed_item_decays_in_whole_days() {
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, START);
        assertThat(fsrs.retrievability(first, START.plus(Duration.ofHours(23)))).isEqualTo(1.0);
        assertThat(fsrs.retrievability(first, START.plus(Duration.ofDays(2)))).isCloseTo(0.90949326, within(1e-8));
        assertThat(fsrs.retrievability(CardState.NEW, START)).isZero();
    }

    @Test
    void the_default_scheduler_has_py_fsrs_default_steps() {
        assertThat(withSteps.steps()).isEqualTo(LearningSteps.DEFAULT);
        assertThat(LearningSteps.DEFAULT.learning()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(LearningSteps.DEFAULT.relearning()).containsExactly(Duration.ofMinutes(10));
    }

    @Test
    void a_new_item_answered_wrongly_is_due_again_a_minute_later_with_the_memory_model_of_a_first_again() {
        CardState card = withSteps.review(CardState.NEW, Rating.AGAIN, START);

        assertThat(card.due()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(card.phase()).isEqualTo(Phase.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(card.stability()).isEqualTo(fsrs.review(CardState.NEW, Rating.AGAIN, START).stability());
        assertThat(card.difficulty()).isEqualTo(fsrs.review(CardState.NEW, Rating.AGAIN, START).difficulty());
        assertThat(card.lapses()).isZero();
    }

    @Test
    void a_forgotten_item_comes_back_ten_minutes_later_and_counts_one_lapse() {
        CardState learnt = withSteps.review(CardState.NEW, Rating.EASY, START);
        assertThat(learnt.phase()).isEqualTo(Phase.REVIEW);

        CardState forgotten = withSteps.review(learnt, Rating.AGAIN, learnt.due());
        CardState stillForgotten = withSteps.review(forgotten, Rating.AGAIN, forgotten.due());

        assertThat(forgotten.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(forgotten.due()).isEqualTo(learnt.due().plus(Duration.ofMinutes(10)));
        assertThat(forgotten.lapses()).isEqualTo(1);
        // missing it again while relearning is part of relearning it, not a second lapse
        assertThat(stillForgotten.lapses()).isEqualTo(1);
        assertThat(stillForgotten.due()).isEqualTo(forgotten.due().plus(Duration.ofMinutes(10)));
    }

    @Test
    void graduating_after_the_last_step_schedules_the_fsrs_interval_in_days() {
        CardState first = withSteps.review(CardState.NEW, Rating.GOOD, START);
        Instant tenMinutesLater = START.plus(Duration.ofMinutes(10));
        CardState second = withSteps.review(first, Rating.GOOD, tenMinutesLater);

        assertThat(first.due()).isEqualTo(tenMinutesLater);
        assertThat(second.phase()).isEqualTo(Phase.REVIEW);
        assertThat(second.step()).isZero();
        // a same-day Good leaves S = w2 = 2.3065, two days
        assertThat(second.stability()).isEqualTo(2.3065);
        assertThat(second.due()).isEqualTo(tenMinutesLater.plus(Duration.ofDays(2)));
    }

    @Test
    void without_steps_the_scheduler_is_the_day_only_scheduler_documented_before_issue_13() {
        CardState card = fsrs.review(CardState.NEW, Rating.AGAIN, START);
        assertThat(card.phase()).isEqualTo(Phase.REVIEW);
        assertThat(card.due()).isEqualTo(START.plus(Duration.ofDays(1)));
        CardState again = fsrs.review(card, Rating.AGAIN, card.due());
        assertThat(again.lapses()).isEqualTo(1);
    }
}
