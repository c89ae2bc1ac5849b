package org.sourcewise.classes;

import org.sourcewise.Unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.Role;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ClassManagementTest {

    @Autowired
    ClassService classes;
    @Autowired
    CourseService courses;
    @Autowired
    QuizService quizzes;
    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;

    private long courseId() {
        return users.as("instructor", () -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
    }

    private ClassInfo newClass() {
        long courseId = courseId();
        return users.as("instructor", () -> classes.createClass("Politics 101", courseId));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_creator_teaches_a_new_class_which_gets_a_readable_join_code() {
        ClassInfo created = newClass();

        assertThat(created.joinCode()).matches("[A-HJ-NP-Z]{4}-[2-9]{4}");
        assertThat(users.as("instructor", () -> classes.myClasses())).extracting(ClassInfo::id).contains(created.id());
    }

    @Test
    void a_regenerated_join_code_replaces_the_old_one() {
        ClassInfo created = newClass();

        String code = users.as("instructor", () -> classes.regenerateJoinCode(created.id()));

        assertThat(code).isNotEqualTo(created.joinCode()).matches("[A-Z]{4}-[2-9]{4}");
        assertThat(users.as("instructor", () -> classes.classInfo(created.id())).joinCode()).isEqualTo(code);
    }

    @Test
    void an_instructor_who_does_not_teach_the_class_may_not_manage_it_but_an_admin_may() {
        ClassInfo created = newClass();
        String other = Unique.name("teacher");
        users.run("admin", () -> accounts.createUser(other, "Other Teacher", "other-password-1", Role.INSTRUCTOR));

        assertThatThrownBy(() -> users.as(other, () -> classes.roster(created.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> classes.regenerateJoinCode(created.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as("admin", () -> classes.roster(created.id()))).isEmpty();
        assertThatThrownBy(() -> users.as("student", () -> classes.roster(created.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_student_added_by_username_is_on_the_roster_and_can_be_removed() {
        ClassInfo created = newClass();
        String student = users.newDemoStudent();

        users.run("admin", () -> classes.addStudent(created.id(), student));
        var roster = users.as("instructor", () -> classes.roster(created.id()));

        assertThat(roster).singleElement().satisfies(r -> {
            assertThat(r.username()).isEqualTo(student);
            assertThat(r.joinedByCode()).isFalse();
            assertThat(r.joinedAt()).isNotNull();
        });
        users.run("instructor", () -> classes.removeStudent(created.id(), roster.getFirst().userId()));
        assertThat(users.as("instructor", () -> classes.roster(created.id()))).isEmpty();
    }

    @Test
    void adding_an_unknown_user_or_a_non_student_is_refused_with_the_reason() {
        ClassInfo created = newClass();

        assertThatThrownBy(() -> users.as("instructor", () -> classes.addStudent(created.id(), "nobody-here")))
                .isInstanceOf(ClassException.class).hasMessageContaining("no user 'nobody-here'");
        assertThatThrownBy(() -> users.as("instructor", () -> classes.addStudent(created.id(), "admin")))
                .isInstanceOf(ClassException.class).hasMessageContaining("'admin' is not a student");
    }

    @Test
    void a_csv_with_one_bad_line_adds_no_one_and_names_every_bad_line() {
        ClassInfo created = newClass();
        String a = users.newDemoStudent();
        String b = users.newDemoStudent();

        assertThatThrownBy(() -> users.as("instructor", () -> classes.addStudentsFromCsv(created.id(),
                csv(a + "\nnobody-here\n" + b + "\ninstructor\n" + a + "\n")))).isInstanceOfSatisfying(ClassException.class, e ->
                assertThat(e.problems()).extracting(ClassException.Problem::line).containsExactly(2, 4, 5));
        assertThat(users.as("instructor", () -> classes.roster(created.id()))).isEmpty();
    }

    @Test
    void a_csv_with_a_username_column_adds_every_student_it_names() {
        ClassInfo created = newClass();
        String a = users.newDemoStudent();
        String b = users.newDemoStudent();

        users.run("admin", () -> classes.addStudentsFromCsv(created.id(),
                csv("name,username\n\"Learner, A\"," + a + "\nLearner B," + b + "\n")));

        assertThat(users.as("instructor", () -> classes.roster(created.id()))).extracting(RosterEntry::username)
                .containsExactlyInAnyOrder(a, b);
    }

    @Test
    void an_assigned_quiz_with_a_due_date_reaches_the_class_s_students() {
        ClassInfo created = newClass();
        String student = users.newDemoStudent();
        users.run("admin", () -> classes.addStudent(created.id(), student));
        long quizId = users.as("instructor", () -> quizzes.quizzesOf(courseId()).getFirst().id());
        Instant due = Instant.parse("2030-01-31T17:00:00Z");

        users.run("instructor", () -> classes.assignQuiz(created.id(), quizId, due));

        assertThat(users.as("instructor", () -> classes.assignments(created.id()))).singleElement()
                .satisfies(a -> assertThat(a.dueAt()).isEqualTo(due));
        assertThat(users.as(student, () -> classes.myAssignments()))
                .anySatisfy(a -> assertThat(a.classId()).isEqualTo(created.id()));
    }
}
