package org.sourcewise.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.learning.internal.LessonProgressRepository;
import org.sourcewise.learning.internal.ReviewStateRepository;
import org.sourcewise.questions.QuestionBankService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff open a lesson read-only (from claim mastery): the student's page without anyone's progress,
 * recording nothing. Any instructor or admin may, as with the question bank; a student may not.
 */
@IntegrationTest
class LessonPreviewTest {

    @Autowired
    LessonService lessons;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    LessonProgressRepository progress;
    @Autowired
    ReviewStateRepository states;
    @Autowired
    TestUsers users;
    @Autowired
    TestClasses classes;

    LessonInfo l1;

    @BeforeEach
    void setUp() {
        l1 = new Course(courses, bank).lesson("l1");
    }

    @Test
    void the_classs_instructor_previews_a_lesson_with_its_claims_and_checks_and_nothing_is_recorded() {
        long progressBefore = progress.count();
        long statesBefore = states.count();

        LessonPage page = users.as("instructor", () -> lessons.preview(l1.id())).orElseThrow();

        assertThat(page.lesson().title()).isEqualTo("A new hierarchy of allies");
        assertThat(page.lesson().claims()).hasSize(9);
        assertThat(page.checks()).hasSize(3);
        assertThat(page.done()).isFalse();
        assertThat(page.mastery()).isEmpty();
        assertThat(page.nextLessonId()).isNotNull();
        assertThat(progress.count()).isEqualTo(progressBefore);
        assertThat(states.count()).isEqualTo(statesBefore);
    }

    @Test
    void staff_can_check_a_preview_answer_and_get_the_feedback_without_recording_anything() {
        long statesBefore = states.count();
        CheckResult result = users.as("admin", () -> {
            StudentQuestion typed = lessons.preview(l1.id()).orElseThrow().checks().get(2);
            return lessons.previewCheck(l1.id(), typed.key(), StudentAnswer.text("Cuba"));
        });
        assertThat(result.correct()).isTrue();
        assertThat(states.count()).isEqualTo(statesBefore);
    }

    @Test
    void an_instructor_of_another_class_and_an_admin_may_preview_course_content_too() {
        String other = classes.newInstructor();
        assertThat(users.as(other, () -> lessons.preview(l1.id()))).isPresent();
        assertThat(users.as("admin", () -> lessons.preview(l1.id()))).isPresent();
    }

    @Test
    void an_unknown_lesson_previews_as_empty() {
        assertThat(users.as("instructor", () -> lessons.preview(-5))).isEmpty();
        assertThatThrownBy(() -> users.as("instructor", () -> lessons.previewCheck(-5, "q", StudentAnswer.none())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_student_cannot_use_the_staff_preview_even_of_their_own_lesson() {
        assertThatThrownBy(() -> users.as("student", () -> lessons.preview(l1.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("student", () -> lessons.previewCheck(l1.id(), "q-l1-check-1", StudentAnswer.choice(0))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_cannot_use_the_student_calls_that_record_progress() {
        assertThatThrownBy(() -> users.as("instructor", () -> lessons.open(l1.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("admin", () -> lessons.markDone(l1.id()))).isInstanceOf(AccessDeniedException.class);
    }
}
