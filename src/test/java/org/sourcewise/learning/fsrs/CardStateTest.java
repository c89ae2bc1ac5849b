package org.sourcewise.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardStateTest {

    private static final Instant T = Instant.parse("2025-01-06T09:00:00Z");

    @Test
    void a_new_card_is_due_at_once_and_has_no_schedule() {
        assertThat(CardState.NEW.isNew()).isTrue();
        assertThat(CardState.NEW.isDue(T)).isTrue();
        assertThat(CardState.NEW.scheduledDays()).isZero();
    }

    @Test
    void a_reviewed_card_is_due_from_its_due_date_on() {
        CardState card = CardState.inReview(5, 3, T.plusSeconds(86_400 * 3), T, 1, 0);
        assertThat(card.isDue(T.plusSeconds(86_400 * 3 - 1))).isFalse();
        assertThat(card.isDue(T.plusSeconds(86_400 * 3))).isTrue();
        assertThat(card.scheduledDays()).isEqualTo(3);
    }

    @Test
    void a_card_with_reviews_but_no_last_review_is_rejected() {
        assertThatThrownBy(() -> new CardState(5, 3, T, null, 1, 0, Phase.REVIEW, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardState(5, 3, T, T, 0, 0, Phase.REVIEW, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_card_in_review_has_no_step_and_a_new_card_is_learning_at_its_first_step() {
        assertThat(CardState.NEW.phase()).isEqualTo(Phase.LEARNING);
        assertThat(CardState.NEW.step()).isZero();
        assertThatThrownBy(() -> new CardState(5, 3, T, T, 1, 0, Phase.REVIEW, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardState(0, 0, null, null, 0, 0, Phase.REVIEW, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_card_in_a_short_step_is_due_minutes_after_its_review() {
        CardState card = new CardState(5, 0.2, T.plusSeconds(60), T, 1, 0, Phase.LEARNING, 0);
        assertThat(card.inSteps()).isTrue();
        assertThat(card.isDue(T.plusSeconds(59))).isFalse();
        assertThat(card.isDue(T.plusSeconds(60))).isTrue();
        assertThat(card.scheduledDays()).isZero();
    }
}
