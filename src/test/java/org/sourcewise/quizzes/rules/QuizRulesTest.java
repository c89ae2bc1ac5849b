package org.sourcewise.quizzes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sourcewise.quizzes.rules.QuizRules.StartRefusal;
import org.sourcewise.quizzes.rules.QuizRules.Window;
import org.sourcewise.quizzes.scoring.GradingMethod;

class QuizRulesTest {

    private static final Instant OPEN = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant CLOSE = Instant.parse("2026-03-01T10:00:00Z");

    private static QuizRules rules(int attempts, Integer seconds) {
        return new QuizRules(GradingMethod.HIGHEST, 50, attempts, OPEN, CLOSE, seconds);
    }

    @Test
    void a_quiz_opens_at_its_open_time_and_is_closed_from_its_close_time_on() {
        assertThat(rules(1, null).window(OPEN.minusSeconds(1))).isEqualTo(Window.NOT_YET_OPEN);
        assertThat(rules(1, null).window(OPEN)).isEqualTo(Window.OPEN);
        assertThat(rules(1, null).window(CLOSE.minusSeconds(1))).isEqualTo(Window.OPEN);
        assertThat(rules(1, null).window(CLOSE)).isEqualTo(Window.CLOSED);
        assertThat(new QuizRules(GradingMethod.LAST, 0, 0, null, null, null).window(CLOSE)).isEqualTo(Window.OPEN);
    }

    @Test
    void a_new_attempt_is_refused_before_opening_after_closing_and_when_none_are_left() {
        Instant during = OPEN.plusSeconds(60);
        assertThat(rules(2, null).refusesStart(1, during)).isEmpty();
        assertThat(rules(2, null).refusesStart(2, during)).contains(StartRefusal.NO_ATTEMPTS_LEFT);
        assertThat(rules(0, null).refusesStart(50, during)).isEmpty();
        assertThat(rules(2, null).refusesStart(0, OPEN.minusSeconds(1))).contains(StartRefusal.NOT_YET_OPEN);
        assertThat(rules(2, null).refusesStart(0, CLOSE)).contains(StartRefusal.CLOSED);
    }

    @Test
    void the_deadline_is_the_time_limit_cut_short_by_the_close() {
        assertThat(rules(1, 1800).deadline(OPEN)).isEqualTo(OPEN.plusSeconds(1800));
        assertThat(rules(1, 1800).deadline(CLOSE.minusSeconds(600))).isEqualTo(CLOSE);
        assertThat(rules(1, null).deadline(OPEN)).isNull();
    }

    @Test
    void answers_are_taken_until_the_grace_after_the_deadline_has_passed() {
        Instant deadline = OPEN.plusSeconds(1800);
        assertThat(QuizRules.acceptsAnswers(deadline, deadline.plus(QuizRules.GRACE))).isTrue();
        assertThat(QuizRules.acceptsAnswers(deadline, deadline.plus(QuizRules.GRACE).plusMillis(1))).isFalse();
        assertThat(QuizRules.acceptsAnswers(null, CLOSE.plusSeconds(999_999))).isTrue();
        assertThat(QuizRules.takesChanges(org.sourcewise.quizzes.AttemptState.IN_PROGRESS, deadline, deadline)).isTrue();
        assertThat(QuizRules.takesChanges(org.sourcewise.quizzes.AttemptState.SUBMITTED, deadline, OPEN)).isFalse();
    }

    @Test
    void half_as_much_time_again_and_ten_minutes_lengthen_a_twenty_minute_limit_to_forty() {
        QuizRules accommodated = rules(1, 20 * 60).accommodated(new Accommodation(50, 10, null, 0));

        assertThat(accommodated.timeLimitSeconds()).isEqualTo(40 * 60);
        assertThat(accommodated.deadline(OPEN)).isEqualTo(OPEN.plusSeconds(40 * 60));
    }

    @Test
    void a_later_close_moves_the_close_and_the_deadline_but_an_earlier_one_changes_nothing() {
        Instant later = CLOSE.plusSeconds(3600);
        QuizRules accommodated = rules(1, 3 * 3600).accommodated(new Accommodation(0, 0, later, 0));

        assertThat(accommodated.closeAt()).isEqualTo(later);
        assertThat(accommodated.window(CLOSE)).isEqualTo(Window.OPEN);
        assertThat(accommodated.deadline(OPEN)).isEqualTo(later);
        assertThat(rules(1, null).accommodated(new Accommodation(0, 0, OPEN.plusSeconds(60), 0)).closeAt()).isEqualTo(CLOSE);
    }

    @Test
    void a_later_close_leaves_a_quiz_that_never_closes_open() {
        QuizRules neverCloses = new QuizRules(GradingMethod.HIGHEST, 50, 1, OPEN, null, 3600);
        QuizRules accommodated = neverCloses.accommodated(new Accommodation(50, 0, CLOSE, 0));

        assertThat(accommodated.closeAt()).isNull();
        assertThat(accommodated.window(CLOSE.plusSeconds(86_400))).isEqualTo(Window.OPEN);
        // the longer limit still applies, and the close given for a closing quiz does not cut it
        assertThat(accommodated.deadline(CLOSE)).isEqualTo(CLOSE.plusSeconds(5400));
    }

    @Test
    void extra_attempts_add_to_a_limit_and_unlimited_stays_unlimited() {
        assertThat(rules(2, null).accommodated(new Accommodation(0, 0, null, 1)).refusesStart(2, OPEN)).isEmpty();
        assertThat(rules(2, null).accommodated(new Accommodation(0, 0, null, 1)).refusesStart(3, OPEN))
                .contains(StartRefusal.NO_ATTEMPTS_LEFT);
        assertThat(rules(0, null).accommodated(new Accommodation(0, 0, null, 3)).attemptsAllowed()).isZero();
    }

    @Test
    void no_accommodation_leaves_the_rules_as_they_are_and_out_of_range_values_are_refused() {
        QuizRules plain = rules(1, 600);
        assertThat(plain.accommodated(Accommodation.NONE)).isSameAs(plain);
        assertThat(rules(1, null).accommodated(new Accommodation(100, 30, null, 0)).timeLimitSeconds()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Accommodation(301, 0, null, 0))
                .hasMessageContaining("0 to 300 percent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Accommodation(0, -5, null, 0))
                .hasMessageContaining("Extra minutes");
    }
}
