package org.sourcewise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.scoring.GradingMethod;

class GradeCellTest {

    private static final Instant DUE = Instant.parse("2026-03-01T12:00:00Z");

    private static final Instant NOW = DUE.plusSeconds(3600);

    private static GradeCell cell(GradingMethod method, Instant due, List<AttemptSummary> attempts) {
        return GradeCell.of(7, new QuizRules(method, 50, 0, null, null, null), due, attempts, NOW);
    }

    private static AttemptSummary submitted(int number, double score, Instant at, boolean awaiting) {
        return new AttemptSummary(number, 7, number, AttemptState.SUBMITTED, at.minusSeconds(600), null, at, false, score, 10, awaiting);
    }

    private static AttemptSummary open(int number) {
        return new AttemptSummary(number, 7, number, AttemptState.IN_PROGRESS, DUE, null, null, false, null, 10, false);
    }

    @Test
    void the_grade_follows_the_quiz_grading_method_over_attempts_in_order() {
        // 40%, 90%, 70%, given out of order
        List<AttemptSummary> attempts = List.of(submitted(2, 9, DUE.minusSeconds(200), false),
                submitted(1, 4, DUE.minusSeconds(300), false), submitted(3, 7, DUE.minusSeconds(100), false));

        assertThat(cell(GradingMethod.HIGHEST, DUE, attempts).gradePercent()).isEqualTo(90.0);
        assertThat(cell(GradingMethod.FIRST, DUE, attempts).gradePercent()).isEqualTo(40.0);
        assertThat(cell(GradingMethod.LAST, DUE, attempts).gradePercent()).isEqualTo(70.0);
        assertThat(cell(GradingMethod.AVERAGE, DUE, attempts).gradePercent()).isCloseTo(66.666667, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(cell(GradingMethod.AVERAGE, DUE, attempts).label()).isEqualTo("67% (3)");
    }

    @Test
    void an_attempt_awaiting_grading_does_not_count_and_sets_the_status() {
        GradeCell cell = cell(GradingMethod.HIGHEST, DUE,
                List.of(submitted(1, 5, DUE.minusSeconds(60), false), submitted(2, 8, DUE.minusSeconds(30), true)));

        assertThat(cell.gradePercent()).isEqualTo(50.0);
        assertThat(cell.status()).isEqualTo(GradeStatus.AWAITING_GRADING);
    }

    @Test
    void late_means_submitted_only_after_the_due_date() {
        assertThat(cell(GradingMethod.HIGHEST, DUE, List.of(submitted(1, 5, DUE.plusSeconds(1), false))).late()).isTrue();
        assertThat(cell(GradingMethod.HIGHEST, DUE, List.of(submitted(1, 5, DUE, false))).late()).isFalse();
        assertThat(cell(GradingMethod.HIGHEST, DUE,
                List.of(submitted(1, 5, DUE.minusSeconds(1), false), submitted(2, 6, DUE.plusSeconds(60), false))).late()).isFalse();
        assertThat(cell(GradingMethod.HIGHEST, null, List.of(submitted(1, 5, DUE.plusSeconds(1), false))).late()).isFalse();
        assertThat(cell(GradingMethod.HIGHEST, DUE, List.of(open(1))).late()).isFalse();
    }

    @Test
    void no_attempt_is_not_started_and_an_open_one_in_progress() {
        GradeCell none = cell(GradingMethod.HIGHEST, DUE, List.of());
        GradeCell open = cell(GradingMethod.HIGHEST, DUE, List.of(submitted(1, 3, DUE.minusSeconds(9), false), open(2)));

        assertThat(none.status()).isEqualTo(GradeStatus.NOT_STARTED);
        assertThat(none.label()).isEqualTo("–");
        assertThat(open.status()).isEqualTo(GradeStatus.IN_PROGRESS);
        assertThat(open.gradePercent()).isEqualTo(30.0);
        assertThat(open.attemptsUsed()).isEqualTo(2);
    }
}
