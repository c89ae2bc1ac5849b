package org.sourcewise.quizzes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.accounts.Role;
import org.sourcewise.quizzes.rules.AttemptAccess.Viewer;

class AttemptAccessTest {

    private static final long STUDENT = 7;
    private static final long CLASS_A = 100;
    private static final long CLASS_B = 200;

    private final Viewer student = new Viewer(STUDENT, Role.STUDENT, Set.of());
    private final Viewer classmate = new Viewer(8, Role.STUDENT, Set.of());
    private final Viewer teacherOfA = new Viewer(50, Role.INSTRUCTOR, Set.of(CLASS_A));
    private final Viewer teacherOfB = new Viewer(51, Role.INSTRUCTOR, Set.of(CLASS_B));
    private final Viewer admin = new Viewer(1, Role.ADMIN, Set.of());

    @Test
    void a_student_sees_their_own_attempts_only_and_grades_none() {
        assertThat(AttemptAccess.maySee(student, STUDENT, CLASS_A)).isTrue();
        assertThat(AttemptAccess.maySee(classmate, STUDENT, CLASS_A)).isFalse();
        assertThat(AttemptAccess.mayGrade(student, CLASS_A)).isFalse();
        assertThat(AttemptAccess.mayReadClasses(student, List.of(CLASS_A))).isFalse();
    }

    @Test
    void an_instructor_sees_and_grades_the_attempts_taken_through_a_class_they_teach() {
        assertThat(AttemptAccess.maySee(teacherOfA, STUDENT, CLASS_A)).isTrue();
        assertThat(AttemptAccess.mayGrade(teacherOfA, CLASS_A)).isTrue();
        assertThat(AttemptAccess.mayReadClasses(teacherOfA, List.of(CLASS_A))).isTrue();
    }

    @Test
    void teaching_the_same_student_in_another_class_gives_nothing() {
        // teacherOfB added the student to class B; the attempt was taken through class A
        assertThat(AttemptAccess.maySee(teacherOfB, STUDENT, CLASS_A)).isFalse();
        assertThat(AttemptAccess.mayGrade(teacherOfB, CLASS_A)).isFalse();
        assertThat(AttemptAccess.mayReadClasses(teacherOfB, List.of(CLASS_A, CLASS_B))).isFalse();
    }

    @Test
    void an_attempt_without_a_class_is_for_admins_only_and_admins_see_everything() {
        assertThat(AttemptAccess.maySee(teacherOfA, STUDENT, null)).isFalse();
        assertThat(AttemptAccess.mayGrade(teacherOfA, null)).isFalse();
        assertThat(AttemptAccess.maySee(student, STUDENT, null)).isTrue();
        assertThat(AttemptAccess.maySee(admin, STUDENT, null)).isTrue();
        assertThat(AttemptAccess.mayGrade(admin, CLASS_B)).isTrue();
        assertThat(AttemptAccess.mayReadClasses(admin, List.of(CLASS_A, CLASS_B))).isTrue();
    }
}
