package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditEntry;
import org.sourcewise.audit.AuditLog;
import org.sourcewise.audit.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class GradingServiceTest {

    @Autowired
    GradingService grading;
    @Autowired
    AttemptReviewService attemptReviews;
    @Autowired
    AuditLog audit;
    @Autowired
    EssayAttempts essays;
    @Autowired
    TestUsers users;

    String student;
    String instructor;
    String otherInstructor;
    long attemptId;
    int essay;

    @BeforeEach
    void setUp() {
        EssayAttempts.EssayAttempt made = essays.create();
        student = made.student();
        instructor = made.instructor();
        otherInstructor = made.otherInstructor();
        attemptId = made.attemptId();
        essay = made.essayPosition();
    }

    private AttemptReview review(String who) {
        return users.as(who, () -> attemptReviews.review(attemptId));
    }

    private List<AuditEntry> auditOf(String action) {
        return users.as("admin", () -> audit.search(new AuditQuery("attempt:" + attemptId + "/", action, null, null), 0, 10));
    }

    @Test
    void an_answered_essay_waits_for_grading_and_counts_nothing_until_then() {
        AttemptReview review = review(student);
        assertThat(review.attempt().awaitingGrading()).isTrue();
        assertThat(review.attempt().score()).isEqualTo(1.0);
        assertThat(review.items().get(essay - 1).score()).isNull();
        assertThat(users.as(student, () -> grading.grades(attemptId)).question(essay).needsGrading()).isTrue();
    }

    @Test
    void the_class_instructor_grades_the_essay_the_score_is_recomputed_and_the_student_sees_grade_and_comment() {
        AttemptGrades graded = users.as(instructor, () -> grading.gradeEssay(attemptId, essay, 4, "Cites the figures well."));

        assertThat(graded.score()).isEqualTo(5.0);
        assertThat(graded.question(essay).needsGrading()).isFalse();
        AttemptReview review = review(student);
        assertThat(review.attempt().awaitingGrading()).isFalse();
        assertThat(review.attempt().score()).isEqualTo(5.0);
        assertThat(review.items().get(essay - 1).score()).isEqualTo(4.0);
        AttemptGrades seen = users.as(student, () -> grading.grades(attemptId));
        assertThat(seen.question(essay).comment()).isEqualTo("Cites the figures well.");
        assertThat(auditOf(AuditAction.ESSAY_GRADED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(instructor);
            assertThat(e.detail()).contains(student, "awaiting grading -> 4 of 5", "Cites the figures well.");
        });
    }

    @Test
    void a_score_outside_zero_to_the_questions_points_is_refused_at_the_score_and_changes_nothing() {
        assertThatThrownBy(() -> users.as(instructor, () -> grading.gradeEssay(attemptId, essay, 6, null)))
                .isInstanceOfSatisfying(GradingException.class, e -> {
                    assertThat(e.field()).isEqualTo("score");
                    assertThat(e.getMessage()).contains("between 0 and 5");
                });
        assertThatThrownBy(() -> users.as(instructor, () -> grading.gradeEssay(attemptId, essay, -1, null)))
                .isInstanceOf(GradingException.class);
        assertThat(review(student).attempt().awaitingGrading()).isTrue();
        assertThat(auditOf(AuditAction.ESSAY_GRADED)).isEmpty();
    }

    @Test
    void an_essay_graded_once_changes_only_by_an_override_with_a_reason() {
        users.as(instructor, () -> grading.gradeEssay(attemptId, essay, 2, null));
        assertThatThrownBy(() -> users.as(instructor, () -> grading.gradeEssay(attemptId, essay, 3, null)))
                .isInstanceOf(GradingException.class).hasMessageContaining("override");
        assertThatThrownBy(() -> users.as(instructor, () -> grading.overrideQuestion(attemptId, essay, 3, "  ", null)))
                .isInstanceOfSatisfying(GradingException.class, e -> assertThat(e.field()).isEqualTo("reason"));

        users.as(instructor, () -> grading.overrideQuestion(attemptId, essay, 3, "Second marker agreed on 3.", null));

        AttemptGrades seen = users.as(student, () -> grading.grades(attemptId));
        assertThat(seen.score()).isEqualTo(4.0);
        assertThat(seen.question(essay).overrideReason()).isEqualTo("Second marker agreed on 3.");
        assertThat(auditOf(AuditAction.QUESTION_GRADE_OVERRIDDEN)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("2 -> 3 of 5", "Second marker agreed on 3."));
    }

    @Test
    void an_automatic_mark_can_be_overridden_and_an_attempt_override_lasts_until_a_question_is_graded_again() {
        users.as(instructor, () -> grading.overrideQuestion(attemptId, otherThanEssay(), 0, "Copied from a neighbour.", null));
        assertThat(review(student).items().get(otherThanEssay() - 1).score()).isZero();

        AttemptGrades overridden = users.as("admin", () -> grading.overrideAttempt(attemptId, 5.5, "Extra credit for the poster."));
        assertThat(overridden.score()).isEqualTo(5.5);
        assertThat(overridden.overrideReason()).isEqualTo("Extra credit for the poster.");
        assertThat(users.as("admin", () -> audit.search(new AuditQuery("attempt:" + attemptId, AuditAction.ATTEMPT_GRADE_OVERRIDDEN,
                null, null), 0, 10))).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
        assertThatThrownBy(() -> users.as("admin", () -> grading.overrideAttempt(attemptId, 7, "Too much")))
                .isInstanceOf(GradingException.class).hasMessageContaining("between 0 and 6");

        AttemptGrades regraded = users.as(instructor, () -> grading.gradeEssay(attemptId, essay, 5, null));
        assertThat(regraded.score()).isEqualTo(5.0);
        assertThat(regraded.overrideReason()).isNull();
    }

    @Test
    void another_classes_instructor_and_students_may_neither_grade_nor_read_the_grades() {
        for (String outsider : List.of(otherInstructor, student)) {
            assertThatThrownBy(() -> users.as(outsider, () -> grading.gradeEssay(attemptId, essay, 1, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(outsider, () -> grading.overrideQuestion(attemptId, essay, 1, "why", null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(outsider, () -> grading.overrideAttempt(attemptId, 1, "why")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> users.as(otherInstructor, () -> grading.grades(attemptId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review(otherInstructor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(users.newDemoStudent(), () -> grading.grades(attemptId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(review(student).attempt().awaitingGrading()).isTrue();
    }

    @Test
    void an_admin_grades_any_attempt() {
        AttemptGrades graded = users.as("admin", () -> grading.gradeEssay(attemptId, essay, 5, null));
        assertThat(graded.score()).isEqualTo(6.0);
        assertThat(auditOf(AuditAction.ESSAY_GRADED)).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
    }

    private int otherThanEssay() {
        return essay == 1 ? 2 : 1;
    }
}
