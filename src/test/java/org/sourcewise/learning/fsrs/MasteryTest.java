package org.sourcewise.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MasteryTest {

    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    // reviews a day or more apart, as docs/practice.md's mastery examples are
    private final Fsrs fsrs = new Fsrs(FsrsParameters.DEFAULT, LearningSteps.NONE);

    @Test
    void an_item_never_reviewed_is_not_seen() {
        assertThat(fsrs.mastery(CardState.NEW, START)).isEqualTo(Mastery.NOT_SEEN);
        assertThat(fsrs.mastery(null, START)).isEqualTo(Mastery.NOT_SEEN);
    }

    @Test
    void recallable_and_durable_is_mastered_at_the_thresholds() {
        assertThat(Mastery.of(0.85, 7)).isEqualTo(Mastery.MASTERED);
        assertThat(Mastery.of(0.95, 30)).isEqualTo(Mastery.MASTERED);
    }

    @Test
    void recallable_but_not_yet_durable_is_shaky() {
        assertThat(Mastery.of(0.99, 6.9)).isEqualTo(Mastery.SHAKY);
    }

    @Test
    void durable_but_long_overdue_is_shaky() {
        assertThat(Mastery.of(0.849, 50)).isEqualTo(Mastery.SHAKY);
    }

    @Test
    void one_good_answer_leaves_an_item_shaky() {
        CardState card = fsrs.review(CardState.NEW, Rating.GOOD, START);
        assertThat(fsrs.mastery(card, START)).isEqualTo(Mastery.SHAKY);
    }

    @Test
    void two_good_reviews_on_time_master_an_item_until_it_is_long_overdue() {
        CardState first = fsrs.review(CardState.NEW, Rating.GOOD, START);
        CardState second = fsrs.review(first, Rating.GOOD, first.due());
        // stability 10.96 days, due after 11 days, when recall is 89.98%
        assertThat(fsrs.mastery(second, second.lastReview())).isEqualTo(Mastery.MASTERED);
        assertThat(fsrs.mastery(second, second.due())).isEqualTo(Mastery.MASTERED);
        assertThat(fsrs.mastery(second, second.due().plus(Duration.ofDays(9)))).isEqualTo(Mastery.MASTERED);
        assertThat(fsrs.mastery(second, second.due().plus(Duration.ofDays(11)))).isEqualTo(Mastery.SHAKY);
    }

    @Test
    void forgetting_a_mastered_item_makes_it_shaky_again() {
        CardState card = fsrs.review(CardState.NEW, Rating.GOOD, START);
        card = fsrs.review(card, Rating.GOOD, card.due());
        card = fsrs.review(card, Rating.AGAIN, card.due());
        assertThat(fsrs.mastery(card, card.lastReview())).isEqualTo(Mastery.SHAKY);
    }
}
