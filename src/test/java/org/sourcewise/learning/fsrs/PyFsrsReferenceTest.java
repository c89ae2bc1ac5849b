package org.sourcewise.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sourcewise against the values that its reference, py-fsrs 6 (open-spaced-repetition/py-fsrs, the
 * {@code Scheduler} of 6.2.0 and later, whose default weights Sourcewise uses), asserts in its own test
 * suite: file {@code tests/test_basic.py}, class {@code TestPyFSRS}. Each test names the py-fsrs test its
 * numbers come from. py-fsrs's scheduler there is {@code Scheduler(enable_fuzzing=False)} with its
 * default learning steps (1 and 10 minutes) and relearning step (10 minutes), which is {@code new Fsrs()};
 * where a py-fsrs test leaves fuzzing on, the values it asserts do not depend on fuzz. Only the
 * expected numbers are taken from py-fsrs, none of its code.
 */
class PyFsrsReferenceTest {

    /** py-fsrs's tests review from {@code datetime(2022, 11, 29, 12, 30, 0, 0, timezone.utc)}. */
    private static final Instant PY_FSRS_START = Instant.parse("2022-11-29T12:30:00Z");

    /** {@code TEST_RATINGS_1} in tests/test_basic.py. */
    private static final List<Rating> TEST_RATINGS_1 = List.of(
            Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
            Rating.AGAIN, Rating.AGAIN,
            Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);

    private final Fsrs fsrs = new Fsrs();

    /** {@code (card.due - card.last_review).days}: whole days, 0 for a step of minutes. */
    private static long ivlDays(CardState card) {
        return Duration.between(card.lastReview(), card.due()).toDays();
    }

    @Test
    void thirteen_reviews_each_on_its_due_date_give_py_fsrs_interval_history() {
        // test_review_card (and test_custom_scheduler_args): each review at the previous due date
        List<Long> ivlHistory = new ArrayList<>();
        CardState card = CardState.NEW;
        Instant reviewAt = PY_FSRS_START;
        for (Rating rating : TEST_RATINGS_1) {
            card = fsrs.review(card, rating, reviewAt);
            ivlHistory.add(ivlDays(card));
            reviewAt = card.due();
        }

        assertThat(ivlHistory).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void again_then_five_goods_at_py_fsrs_times_give_its_stability_and_difficulty() {
        // test_memo_state: before each review the time moves on by 0, 0, 1, 3, 8, 21 days
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        List<Integer> ivlHistory = List.of(0, 0, 1, 3, 8, 21);
        CardState card = CardState.NEW;
        Instant reviewAt = PY_FSRS_START;
        for (int i = 0; i < ratings.size(); i++) {
            reviewAt = reviewAt.plus(Duration.ofDays(ivlHistory.get(i)));
            card = fsrs.review(card, ratings.get(i), reviewAt);
        }

        // py-fsrs: pytest.approx(53.62691, abs=1e-4) and pytest.approx(6.3574867, abs=1e-4)
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void ten_easy_reviews_a_microsecond_apart_bring_difficulty_to_its_floor() {
        // test_repeated_correct_reviews
        CardState card = CardState.NEW;
        for (int i = 0; i < 10; i++) {
            card = fsrs.review(card, Rating.EASY, PY_FSRS_START.plusNanos(1000L * i));
        }

        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void good_on_a_new_item_waits_the_second_step_and_good_again_graduates() {
        // test_good_learning_steps: about 600 s, then at least a day
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, PY_FSRS_START);
        assertThat(first.phase()).isEqualTo(Phase.LEARNING);
        assertThat(first.step()).isEqualTo(1);
        assertThat(Duration.between(PY_FSRS_START, first.due())).isEqualTo(Duration.ofSeconds(600));

        CardState second = fsrs.review(first, Rating.GOOD, first.due());
        assertThat(second.phase()).isEqualTo(Phase.REVIEW);
        assertThat(Duration.between(PY_FSRS_START, second.due())).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }

    @Test
    void again_on_a_new_item_waits_the_first_step() {
        // test_again_learning_steps: about 60 s, still learning at step 0
        CardState card = fsrs.review(CardState.NEW, Rating.AGAIN, PY_FSRS_START);
        assertThat(card.phase()).isEqualTo(Phase.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(Duration.between(PY_FSRS_START, card.due())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void hard_on_a_new_item_waits_between_the_first_two_steps() {
        // test_hard_learning_steps: about 330 s (5.5 minutes), still learning at step 0
        CardState card = fsrs.review(CardState.NEW, Rating.HARD, PY_FSRS_START);
        assertThat(card.phase()).isEqualTo(Phase.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(Duration.between(PY_FSRS_START, card.due())).isEqualTo(Duration.ofSeconds(330));
    }

    @Test
    void easy_on_a_new_item_graduates_at_once() {
        // test_easy_learning_steps: at least one full day
        CardState card = fsrs.review(CardState.NEW, Rating.EASY, PY_FSRS_START);
        assertThat(card.phase()).isEqualTo(Phase.REVIEW);
        assertThat(Duration.between(PY_FSRS_START, card.due())).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void again_in_review_enters_relearning_ten_minutes_out_and_good_graduates_again() {
        // test_review_state and test_relearning: Good, Good, Good, then Again: 10 minutes;
        // Again while relearning: 10 minutes, step 0; Good: back in review, at least a day
        CardState card = CardState.NEW;
        for (int i = 0; i < 3; i++) {
            card = fsrs.review(card, Rating.GOOD, card.due() == null ? PY_FSRS_START : card.due());
        }
        assertThat(card.phase()).isEqualTo(Phase.REVIEW);

        CardState forgotten = fsrs.review(card, Rating.AGAIN, card.due());
        assertThat(forgotten.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(forgotten.step()).isZero();
        assertThat(Duration.between(card.due(), forgotten.due())).isEqualTo(Duration.ofMinutes(10));

        CardState again = fsrs.review(forgotten, Rating.AGAIN, forgotten.due());
        assertThat(again.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(again.step()).isZero();
        assertThat(Duration.between(forgotten.due(), again.due())).isEqualTo(Duration.ofMinutes(10));

        CardState relearnt = fsrs.review(again, Rating.GOOD, again.due());
        assertThat(relearnt.phase()).isEqualTo(Phase.REVIEW);
        assertThat(Duration.between(again.due(), relearnt.due())).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }

    @Test
    void hard_at_a_single_step_waits_one_and_a_half_steps() {
        // test_learning_card_rate_hard_one_learning_step: learning_steps=(10 min,): 15 minutes
        Fsrs oneStep = new Fsrs(FsrsParameters.DEFAULT,
                new LearningSteps(List.of(Duration.ofMinutes(10)), LearningSteps.DEFAULT.relearning()));
        CardState card = oneStep.review(CardState.NEW, Rating.HARD, PY_FSRS_START);
        assertThat(card.phase()).isEqualTo(Phase.LEARNING);
        assertThat(Duration.between(PY_FSRS_START, card.due())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void hard_at_the_second_step_repeats_that_step() {
        // test_learning_card_rate_hard_second_learning_step: Good to step 1, then Hard waits 10 minutes at step 1
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, PY_FSRS_START);
        CardState second = fsrs.review(first, Rating.HARD, first.due());
        assertThat(second.phase()).isEqualTo(Phase.LEARNING);
        assertThat(second.step()).isEqualTo(1);
        assertThat(Duration.between(first.due(), second.due())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void hard_while_relearning_follows_the_relearning_steps() {
        // test_relearning_card_rate_hard_one_relearning_step: relearning (10 min,): Hard waits 15 minutes
        CardState learnt = fsrs.review(CardState.NEW, Rating.EASY, PY_FSRS_START);
        CardState forgotten = fsrs.review(learnt, Rating.AGAIN, learnt.due());
        CardState hard = fsrs.review(forgotten, Rating.HARD, forgotten.due());
        assertThat(hard.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(hard.step()).isZero();
        assertThat(Duration.between(forgotten.due(), hard.due())).isEqualTo(Duration.ofMinutes(15));

        // test_relearning_card_rate_hard_two_relearning_steps: relearning (1 min, 10 min): Hard at step 0
        // waits 5.5 minutes; Good moves to step 1; Hard there waits 10 minutes; Easy graduates
        Fsrs twoSteps = new Fsrs(FsrsParameters.DEFAULT, new LearningSteps(LearningSteps.DEFAULT.learning(),
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))));
        CardState r0 = twoSteps.review(twoSteps.review(CardState.NEW, Rating.EASY, PY_FSRS_START), Rating.AGAIN,
                learnt.due());
        CardState r1 = twoSteps.review(r0, Rating.HARD, r0.due());
        assertThat(r1.step()).isZero();
        assertThat(Duration.between(r0.due(), r1.due())).isEqualTo(Duration.ofSeconds(330));
        CardState r2 = twoSteps.review(r1, Rating.GOOD, r1.due());
        assertThat(r2.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(r2.step()).isEqualTo(1);
        CardState r3 = twoSteps.review(r2, Rating.HARD, r2.due());
        assertThat(r3.step()).isEqualTo(1);
        assertThat(Duration.between(r2.due(), r3.due())).isEqualTo(Duration.ofMinutes(10));
        assertThat(twoSteps.review(r3, Rating.EASY, r2.due()).phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    void without_steps_every_review_is_at_least_a_day_out() {
        // test_no_learning_steps and test_no_relearning_steps
        Fsrs noLearning = new Fsrs(FsrsParameters.DEFAULT, new LearningSteps(List.of(), LearningSteps.DEFAULT.relearning()));
        CardState card = noLearning.review(CardState.NEW, Rating.AGAIN, PY_FSRS_START);
        assertThat(card.phase()).isEqualTo(Phase.REVIEW);
        assertThat(ivlDays(card)).isGreaterThanOrEqualTo(1);

        Fsrs noRelearning = new Fsrs(FsrsParameters.DEFAULT, new LearningSteps(LearningSteps.DEFAULT.learning(), List.of()));
        CardState learning = noRelearning.review(CardState.NEW, Rating.GOOD, PY_FSRS_START);
        assertThat(learning.phase()).isEqualTo(Phase.LEARNING);
        CardState review = noRelearning.review(learning, Rating.GOOD, learning.due());
        assertThat(review.phase()).isEqualTo(Phase.REVIEW);
        CardState forgotten = noRelearning.review(review, Rating.AGAIN, review.due());
        assertThat(forgotten.phase()).isEqualTo(Phase.REVIEW);
        assertThat(ivlDays(forgotten)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void stability_never_falls_below_its_floor() {
        // test_stability_lower_bound: 1000 Agains, each a day after the due date, keep S >= STABILITY_MIN (0.001)
        CardState card = CardState.NEW;
        Instant at = PY_FSRS_START;
        for (int i = 0; i < 1000; i++) {
            card = fsrs.review(card, Rating.AGAIN, at);
            assertThat(card.stability()).isGreaterThanOrEqualTo(0.001);
            at = card.due().plus(Duration.ofDays(1));
        }
    }

    @Test
    void no_interval_exceeds_the_maximum() {
        // test_maximum_interval: maximum_interval=100; Easy, Good, Easy, Good, each on its due date
        Fsrs capped = new Fsrs(new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, 0.9, 100));
        CardState card = CardState.NEW;
        Instant at = PY_FSRS_START;
        for (Rating rating : List.of(Rating.EASY, Rating.GOOD, Rating.EASY, Rating.GOOD)) {
            card = capped.review(card, rating, at);
            assertThat(ivlDays(card)).isLessThanOrEqualTo(100);
            at = card.due();
        }
    }
}
