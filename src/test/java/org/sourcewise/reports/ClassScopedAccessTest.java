package org.sourcewise.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.classes.ClassService;
import org.sourcewise.quizzes.AttemptResults;
import org.sourcewise.quizzes.AttemptReviewService;
import org.sourcewise.quizzes.EssayAttempts;
import org.sourcewise.quizzes.GradingService;
import org.sourcewise.quizzes.MarkedAttempt;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The finding of issue 12, replayed: a second instructor adds a student of another class to a class
 * of their own and assigns the same quiz there; the attempt the student took through the first class
 * stays out of their reach in every report, and they can neither open nor grade it.
 */
@IntegrationTest
class ClassScopedAccessTest {

    @Autowired
    EssayAttempts essays;
    @Autowired
    TestUsers users;
    @Autowired
    ClassService classes;
    @Autowired
    org.sourcewise.classes.InvitationService invitations;
    @Autowired
    AttemptReviewService reviews;
    @Autowired
    GradingService grading;
    @Autowired
    AttemptResults results;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    QuizStatisticsService statistics;

    EssayAttempts.EssayAttempt made;
    long quizId;
    long otherClass;

    @BeforeEach
    void secondInstructorAddsTheStudentToTheirOwnClass() {
        made = essays.create();
        quizId = made.quizId();
        otherClass = users.as(made.otherInstructor(), () -> classes.teachingClasses().getFirst().id());
        users.as(made.otherInstructor(), () -> classes.addStudent(otherClass, made.student()));
        // the student accepts: the strongest case, a student the other instructor really teaches now
        long invitation = users.as(made.student(), () -> invitations.mine()).getFirst().id();
        users.run(made.student(), () -> invitations.accept(invitation));
        users.as(made.otherInstructor(), () -> classes.assignQuiz(otherClass, quizId, Instant.now().plusSeconds(86_400)));
    }

    @Test
    void the_other_instructor_can_neither_open_nor_grade_nor_override_the_attempt() {
        String other = made.otherInstructor();
        assertThatThrownBy(() -> users.as(other, () -> reviews.review(made.attemptId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> grading.grades(made.attemptId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> grading.gradeEssay(made.attemptId(), made.essayPosition(), 1, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> grading.overrideAttempt(made.attemptId(), 0, "no")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(users.as(made.instructor(), () -> reviews.review(made.attemptId()))).isNotNull();
        assertThat(users.as(made.student(), () -> reviews.review(made.attemptId()))).isNotNull();
    }

    @Test
    void the_other_instructors_gradebook_statistics_and_attempt_lists_leave_the_attempt_out() {
        String other = made.otherInstructor();
        var book = users.as(other, () -> gradebooks.gradebook(otherClass)).orElseThrow();
        assertThat(book.rows()).singleElement().satisfies(row -> assertThat(row.cells()).allSatisfy(cell ->
                assertThat(cell.attemptsUsed()).isZero()));
        assertThat(users.as(other, () -> results.markedAttempts(quizId, List.of(otherClass)))).isEmpty();
        var stats = users.as(other, () -> statistics.statistics(quizId, AttemptSelection.ALL)).orElseThrow();
        assertThat(stats.report().test().attemptCount() + stats.leftOutAwaitingGrading()).isZero();
        assertThatThrownBy(() -> users.as(other, () -> results.markedAttempts(quizId, List.of(made.classId()))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(users.as(made.instructor(), () -> results.markedAttempts(quizId, List.of(made.classId()))))
                .extracting(MarkedAttempt::attemptId).containsExactly(made.attemptId());
    }
}
