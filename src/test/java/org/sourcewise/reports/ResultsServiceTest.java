package org.sourcewise.reports;

import org.sourcewise.quizzes.rules.GradeStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.UserId;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.AttemptResults;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.MarkedAttempt;
import org.sourcewise.quizzes.MarkedQuestion;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.sourcewise.reports.statistics.QuizReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsServiceTest {

    @Autowired
    GradebookService gradebooks;
    @Autowired
    QuizStatisticsService statistics;
    @Autowired
    AttemptResults attemptResults;
    @Autowired
    org.sourcewise.classes.ClassService classService;
    @Autowired
    TestUsers users;

    ResultsFixture f;

    @BeforeAll
    void seed(@Autowired CourseService courses, @Autowired QuizService quizzes, @Autowired AccountService accounts,
              @Autowired TestClasses classes, @Autowired TestAnswers answers, @Autowired MutableClock clock) {
        f = new ResultsFixture(courses, quizzes, accounts, classes, users, answers, clock);
    }

    private <T> T asTeacher(java.util.concurrent.Callable<T> work) {
        return users.as(f.schoolClass.instructor(), work);
    }

    @Test
    void the_gradebook_has_a_row_per_student_and_a_cell_per_assigned_quiz_graded_by_the_quiz_method() {
        Gradebook book = asTeacher(() -> gradebooks.gradebook(f.schoolClass.id())).orElseThrow();

        assertThat(book.quizzes()).extracting(GradebookQuiz::quizId).containsExactly(f.checkpoint1, f.checkpoint2);
        assertThat(book.rows()).extracting(r -> r.student().id()).containsExactlyInAnyOrder(f.aId, f.bId, f.cId);
        GradebookRow a = book.rows().stream().filter(r -> r.student().id().equals(f.aId)).findFirst().orElseThrow();
        // HIGHEST of 100% then 0%
        assertThat(a.cell(f.checkpoint1).gradePercent()).isEqualTo(100.0);
        assertThat(a.cell(f.checkpoint1).attemptsUsed()).isEqualTo(2);
        assertThat(a.cell(f.checkpoint1).status()).isEqualTo(GradeStatus.SUBMITTED);
        assertThat(a.cell(f.checkpoint1).late()).isFalse();
        assertThat(a.cell(f.checkpoint1).label()).isEqualTo("100% (2)");
        assertThat(a.cell(f.checkpoint2).status()).isEqualTo(GradeStatus.NOT_STARTED);
        assertThat(a.cell(f.checkpoint2).gradePercent()).isNull();
    }

    @Test
    void a_submission_after_the_due_date_is_late_and_an_open_attempt_is_in_progress() {
        Gradebook book = asTeacher(() -> gradebooks.gradebook(f.schoolClass.id())).orElseThrow();
        GradebookRow b = book.rows().stream().filter(r -> r.student().id().equals(f.bId)).findFirst().orElseThrow();
        GradebookRow c = book.rows().stream().filter(r -> r.student().id().equals(f.cId)).findFirst().orElseThrow();

        assertThat(b.cell(f.checkpoint1).gradePercent()).isEqualTo(50.0);
        assertThat(b.cell(f.checkpoint1).late()).isTrue();
        assertThat(b.cell(f.checkpoint1).lastSubmittedAt()).isAfter(f.due1);
        assertThat(c.cell(f.checkpoint2).status()).isEqualTo(GradeStatus.IN_PROGRESS);
        assertThat(c.cell(f.checkpoint2).attemptsUsed()).isEqualTo(1);
        assertThat(c.cell(f.checkpoint1).status()).isEqualTo(GradeStatus.NOT_STARTED);
    }

    @Test
    void the_student_page_lists_every_attempt_of_a_student_of_the_class() {
        StudentResults results = asTeacher(() -> gradebooks.student(f.schoolClass.id(), f.aId.value())).orElseThrow();

        assertThat(results.quizzes()).hasSize(2);
        assertThat(results.quizzes().getFirst().attempts()).extracting(a -> a.number(), a -> a.percent())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 100.0), org.assertj.core.groups.Tuple.tuple(2, 0.0));
        assertThat(results.quizzes().get(1).attempts()).isEmpty();
    }

    @Test
    void an_instructor_cannot_read_another_instructors_class_nor_a_student_outside_the_class() {
        // another instructor's class reads as one that does not exist
        assertThat(users.as("instructor", () -> gradebooks.gradebook(f.schoolClass.id()))).isEmpty();
        UserId demoStudent = users.as("admin", () -> accountId("student"));
        assertThatThrownBy(() -> asTeacher(() -> gradebooks.student(f.schoolClass.id(), demoStudent.value())))
                .isInstanceOf(AccessDeniedException.class);
        long demoClass = users.as("admin", () -> classService.teachingClasses().stream().filter(c -> c.joinCode().equals("DEMO-2017"))
                .findFirst().orElseThrow().id());
        assertThatThrownBy(() -> asTeacher(() -> attemptResults.attemptsInClass(demoClass, List.of(demoStudent), List.of(f.checkpoint1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asTeacher(() -> attemptResults.markedAttempts(f.checkpoint1, List.of(demoClass))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asTeacher(() -> attemptResults.markedAttempts(f.checkpoint1, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    AccountService accounts;

    private UserId accountId(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    @Test
    void students_may_not_read_gradebooks_or_statistics() {
        assertThatThrownBy(() -> users.as(f.a, () -> gradebooks.gradebook(f.schoolClass.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(f.a, () -> statistics.statistics(f.checkpoint1, AttemptSelection.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_reads_any_class_and_an_unknown_class_is_empty() {
        assertThat(users.as("admin", () -> gradebooks.gradebook(f.schoolClass.id()))).isPresent();
        assertThat(users.as("admin", () -> gradebooks.gradebook(987_654_321L))).isEmpty();
    }

    @Test
    void statistics_cover_the_instructors_students_and_match_hand_computed_figures() {
        // totals 10, 0, 5 of 10: mean 50%, median 50%, SD sqrt(25)/10 = 50%;
        // slots 1-5 marks (1,0,1), slots 6-10 (1,0,0): each variance 1/3, sum 10/3;
        // alpha = 10/9 (1 - (10/3)/25) = 26/27; ER = sqrt(1/27)
        QuizReport report = asTeacher(() -> statistics.statistics(f.checkpoint1, AttemptSelection.ALL)).orElseThrow().report();

        assertThat(report.test().attemptCount()).isEqualTo(3);
        assertThat(report.test().maxMark()).isEqualTo(10.0);
        assertThat(report.test().meanPercent().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(report.test().medianPercent().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(report.test().standardDeviationPercent().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(report.test().cronbachAlpha().getAsDouble()).isCloseTo(26.0 / 27, within(1e-9));
        assertThat(report.test().errorRatioPercent().getAsDouble()).isCloseTo(100 * Math.sqrt(1.0 / 27), within(1e-9));
    }

    @Test
    void first_attempts_only_leave_out_figures_that_two_attempts_cannot_define() {
        // a#1 = 10, b#1 = 5: mean 75%, SD sqrt(12.5)/10 = 35.36%, no alpha with two attempts
        QuizReport report = asTeacher(() -> statistics.statistics(f.checkpoint1, AttemptSelection.FIRST)).orElseThrow().report();

        assertThat(report.test().attemptCount()).isEqualTo(2);
        assertThat(report.test().meanPercent().getAsDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(report.test().standardDeviationPercent().getAsDouble()).isCloseTo(100 * Math.sqrt(12.5) / 10, within(1e-9));
        assertThat(report.test().cronbachAlpha()).isEmpty();
    }

    @Test
    void an_instructor_cannot_read_statistics_of_a_quiz_not_assigned_to_a_class_they_teach() {
        assertThatThrownBy(() -> asTeacher(() -> statistics.statistics(f.finalQuiz, AttemptSelection.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void marked_attempts_report_choices_in_authored_order_whatever_order_the_attempt_showed() {
        List<MarkedAttempt> marked = asTeacher(() -> attemptResults.markedAttempts(f.checkpoint1, List.of(f.schoolClass.id())))
                .stream().filter(m -> m.student().equals(f.aId)).toList();

        assertThat(marked).extracting(MarkedAttempt::attemptNumber).containsExactly(1, 2);
        List<MarkedQuestion> allRight = marked.getFirst().questions();
        assertThat(allRight).extracting(MarkedQuestion::slot).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(allRight).allSatisfy(q -> assertThat(q.mark()).isEqualTo(q.maxMark()));
        assertThat(allRight).filteredOn(q -> q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.TRUE_FALSE
                        || q.type() == QuestionType.MULTIPLE_RESPONSE)
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.choice().chosenOptions()).isEqualTo(q.choice().keyOptions()));
        assertThat(marked.get(1).questions()).allSatisfy(q -> {
            assertThat(q.mark()).isZero();
            assertThat(q.answered()).isFalse();
            if (q.choice() != null) {
                assertThat(q.choice().chosenOptions()).isEmpty();
            }
        });
    }

    @Test
    void attempts_of_a_class_are_read_with_their_states() {
        var byStudent = asTeacher(() -> attemptResults.attemptsInClass(f.schoolClass.id(), List.of(f.aId, f.cId),
                List.of(f.checkpoint1, f.checkpoint2)));

        assertThat(byStudent.get(f.aId)).extracting(a -> a.state()).containsExactly(AttemptState.SUBMITTED, AttemptState.SUBMITTED);
        assertThat(byStudent.get(f.cId)).extracting(a -> a.state()).containsExactly(AttemptState.IN_PROGRESS);
    }
}
