package org.sourcewise.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Method security holds with the UI bypassed: services refuse callers whose role may not call them. */
@IntegrationTest
class ServiceAccessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    QuestionBankService bank;
    @Autowired
    CourseService courses;
    @Autowired
    ClassService classes;

    private long courseId() {
        return SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
    }

    @Test
    @WithUserDetails("student")
    void a_student_cannot_export_a_question_bank_with_its_answer_keys() {
        long courseId = courseId();
        assertThatThrownBy(() -> bank.export(courseId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("student")
    void a_student_cannot_create_accounts_or_list_users() {
        assertThatThrownBy(() -> accounts.createUser("mallory", "Mallory", "password123", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.findAllUsers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_cannot_call_admin_only_methods() {
        assertThatThrownBy(() -> accounts.createUser("mallory", "Mallory", "password123", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_may_export_the_bank() {
        assertThat(bank.export(courseId())).isNotEmpty();
    }

    @Test
    void a_call_without_anyone_logged_in_is_refused() {
        assertThatThrownBy(() -> courses.listCourses()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> classes.myClasses()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("student")
    void a_student_sees_the_demo_class_without_its_join_code() {
        assertThat(classes.myClasses()).singleElement().satisfies(c -> {
            assertThat(c.name()).contains("Demo class");
            assertThat(c.joinCode()).isNull();
        });
    }
}
