package org.sourcewise.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
@WithAnonymousUser
class RegistrationTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    AccountService accounts;

    private boolean exists(String username) {
        return SystemTask.call(() -> accounts.findByUsername(username)).isPresent();
    }

    @Test
    void a_valid_join_code_creates_a_student_in_that_class() {
        var student = registration.register(" demo-2017 ", "newcomer", "New Comer", "long-enough-pw");

        assertThat(student.role()).isEqualTo(org.sourcewise.accounts.Role.STUDENT);
        assertThat(exists("newcomer")).isTrue();
        assertThat(SystemTask.call(() -> registration.classNameFor("DEMO-2017"))).hasValueSatisfying(n -> assertThat(n).contains("Demo class"));
    }

    @Test
    void an_unknown_join_code_is_refused_at_the_code_field_and_creates_no_account() {
        assertThatThrownBy(() -> registration.register("NOPE-1234", "ghost", "Ghost", "long-enough-pw"))
                .isInstanceOfSatisfying(RegistrationException.class, e -> {
                    assertThat(e.field()).isEqualTo("joinCode");
                    assertThat(e.getMessage()).contains("NOPE-1234");
                });
        assertThat(exists("ghost")).isFalse();
    }

    @Test
    void a_missing_join_code_is_refused_and_creates_no_account() {
        assertThatThrownBy(() -> registration.register("  ", "nocode", "No Code", "long-enough-pw"))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.field()).isEqualTo("joinCode"));
        assertThatThrownBy(() -> registration.register(null, "nocode", "No Code", "long-enough-pw"))
                .isInstanceOf(RegistrationException.class);
        assertThat(exists("nocode")).isFalse();
    }

    @Test
    void a_taken_username_is_refused_at_the_username_field() {
        assertThatThrownBy(() -> registration.register("DEMO-2017", "Student", "Copycat", "long-enough-pw"))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void a_short_password_is_refused_at_the_password_field_and_nothing_is_stored() {
        assertThatThrownBy(() -> registration.register("DEMO-2017", "shortpw", "Short", "1234"))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(exists("shortpw")).isFalse();
    }

    @Test
    void a_common_password_is_refused_at_registration_with_the_reason() {
        assertThatThrownBy(() -> registration.register("DEMO-2017", "commonpw", "Common", "12345678"))
                .isInstanceOfSatisfying(RegistrationException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains("most common");
                });
        assertThat(exists("commonpw")).isFalse();
    }
}
