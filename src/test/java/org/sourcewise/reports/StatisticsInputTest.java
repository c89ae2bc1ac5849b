package org.sourcewise.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.accounts.UserId;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.ChoiceMarks;
import org.sourcewise.quizzes.MarkedAttempt;
import org.sourcewise.quizzes.MarkedQuestion;
import org.sourcewise.reports.statistics.AttemptResult;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.sourcewise.reports.statistics.QuizReport;
import org.sourcewise.reports.statistics.QuizStatistics;
import org.sourcewise.reports.statistics.SlotResult;

/** The mapping from marked attempts to the statistics' input, on hand-made attempts. */
class StatisticsInputTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    /** q10 single choice keyed on option 2 of 4 (slot 1, 1 point); q20 numeric worth 2 points (slot 2). */
    private static MarkedAttempt attempt(long id, long student, int number, Integer chosen, double numericMark) {
        MarkedQuestion choice = new MarkedQuestion(1, 2, 10, "q-ten", QuestionType.SINGLE_CHOICE, 1,
                chosen != null && chosen == 2 ? 1.0 : 0.0, chosen != null,
                new ChoiceMarks(4, Set.of(2), chosen == null ? Set.of() : Set.of(chosen)));
        MarkedQuestion numeric = new MarkedQuestion(2, 1, 20, "q-twenty", QuestionType.NUMERIC, 2, numericMark, true, null);
        return new MarkedAttempt(id, 5, new UserId(student), number, T.plusSeconds(id), 0.0, 3, false, List.of(choice, numeric));
    }

    @Test
    void slots_marks_and_authored_choices_carry_over() {
        AttemptResult result = StatisticsInput.prepare(List.of(attempt(1, 100, 1, 2, 1.5))).attempts().getFirst();

        assertThat(result.attemptId()).isEqualTo("1");
        assertThat(result.studentId()).isEqualTo("100");
        assertThat(result.slots()).extracting(SlotResult::slot, SlotResult::questionId, SlotResult::mark, SlotResult::maxMark)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "10", 1.0, 1.0), org.assertj.core.groups.Tuple.tuple(2, "20", 1.5, 2.0));
        assertThat(result.slots().getFirst().choice().keyOptions()).containsExactly(2);
        assertThat(result.slots().getFirst().choice().chosenOptions()).containsExactly(2);
        assertThat(result.slots().get(1).choice()).isNull();
    }

    @Test
    void figures_from_mapped_attempts_match_a_hand_computation() {
        // totals 2.5, 2, 0 of 3: mean 50%, median 66.67%; option counts 2:1, 1:1, unanswered 1
        QuizReport report = QuizStatistics.compute(StatisticsInput.prepare(List.of(
                attempt(1, 100, 1, 2, 1.5), attempt(2, 200, 1, 1, 2), attempt(3, 300, 1, null, 0))).attempts(), AttemptSelection.ALL);

        assertThat(report.test().meanPercent().getAsDouble()).isCloseTo(100 * 4.5 / 9, within(1e-9));
        assertThat(report.test().medianPercent().getAsDouble()).isCloseTo(100 * 2.0 / 3, within(1e-9));
        var choices = report.question("10").orElseThrow().choices().orElseThrow();
        assertThat(choices.options()).extracting(o -> o.chosen()).containsExactly(0, 1, 1, 0);
        assertThat(choices.unanswered()).isEqualTo(1);
        assertThat(report.question("20").orElseThrow().facilityPercent()).isCloseTo(100 * 3.5 / 6, within(1e-9));
    }

    @Test
    void attempts_awaiting_grading_are_left_out_and_counted() {
        MarkedAttempt awaiting = new MarkedAttempt(9, 5, new UserId(900), 1, T, null, 3, true,
                List.of(new MarkedQuestion(1, 1, 30, "essay", QuestionType.ESSAY, 3, null, true, null)));

        StatisticsInput.Prepared prepared = StatisticsInput.prepare(List.of(attempt(1, 100, 1, 2, 2), awaiting));

        assertThat(prepared.attempts()).extracting(AttemptResult::attemptId).containsExactly("1");
        assertThat(prepared.awaitingGrading()).isEqualTo(1);
    }

    @Test
    void a_first_attempt_waiting_for_grading_is_left_out_not_replaced_by_the_second() {
        MarkedAttempt firstWaiting = new MarkedAttempt(10, 5, new UserId(100), 1, T, null, 3, true,
                List.of(new MarkedQuestion(1, 1, 30, "essay", QuestionType.ESSAY, 3, null, true, null)));
        MarkedAttempt second = attempt(11, 100, 2, 2, 2);
        MarkedAttempt other = attempt(12, 200, 1, 1, 0);

        StatisticsInput.Prepared first = StatisticsInput.prepare(List.of(firstWaiting, second, other), AttemptSelection.FIRST);
        assertThat(first.attempts()).extracting(AttemptResult::attemptId).containsExactly("12");
        assertThat(first.awaitingGrading()).isEqualTo(1);
        assertThat(QuizStatistics.compute(first.attempts(), AttemptSelection.FIRST).test().attemptCount()).isEqualTo(1);

        StatisticsInput.Prepared last = StatisticsInput.prepare(List.of(firstWaiting, second, other), AttemptSelection.LAST);
        assertThat(last.attempts()).extracting(AttemptResult::attemptId).containsExactly("11", "12");
        assertThat(last.awaitingGrading()).isZero();

        StatisticsInput.Prepared highest = StatisticsInput.prepare(List.of(firstWaiting, second, other), AttemptSelection.HIGHEST);
        assertThat(highest.attempts()).extracting(AttemptResult::attemptId).containsExactly("11", "12");
    }

    @Test
    void attempts_made_before_the_quiz_changed_shape_are_left_out_and_a_changed_key_drops_the_option_analysis() {
        MarkedAttempt older = new MarkedAttempt(1, 5, new UserId(100), 1, T, 1.0, 1, false,
                List.of(new MarkedQuestion(1, 1, 10, "q-ten", QuestionType.SINGLE_CHOICE, 1, 1.0, true,
                        new ChoiceMarks(4, Set.of(2), Set.of(2)))));
        MarkedAttempt rekeyed = new MarkedAttempt(4, 5, new UserId(400), 1, T.plusSeconds(50), 0.0, 3, false,
                List.of(new MarkedQuestion(1, 1, 10, "q-ten", QuestionType.SINGLE_CHOICE, 1, 0.0, true,
                                new ChoiceMarks(4, Set.of(3), Set.of(2))),
                        new MarkedQuestion(2, 2, 20, "q-twenty", QuestionType.NUMERIC, 2, 0.0, true, null)));

        StatisticsInput.Prepared prepared = StatisticsInput.prepare(List.of(older, attempt(2, 200, 1, 2, 2), rekeyed));

        assertThat(prepared.attempts()).extracting(AttemptResult::attemptId).containsExactly("2", "4");
        assertThat(prepared.otherStructure()).isEqualTo(1);
        assertThat(prepared.attempts()).allSatisfy(a -> assertThat(a.slots().getFirst().choice()).isNull());
        // and the statistics accept the result
        assertThat(QuizStatistics.compute(prepared.attempts(), AttemptSelection.ALL).test().attemptCount()).isEqualTo(2);
    }
}
