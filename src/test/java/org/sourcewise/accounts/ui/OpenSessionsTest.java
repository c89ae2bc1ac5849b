package org.sourcewise.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.UserAdminService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Deactivating a user marks their open browser sessions expired, and only theirs, once the change commits. */
@IntegrationTest
class OpenSessionsTest {

    @Autowired
    SessionRegistry registry;
    @Autowired
    UserAdminService admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TestUsers users;

    private AccountPrincipal principal(String username) {
        return (AccountPrincipal) userDetails.loadUserByUsername(username);
    }

    @Test
    void deactivating_a_student_expires_both_of_their_sessions_and_no_one_elses() {
        String student = users.newDemoStudent();
        String other = users.newDemoStudent();
        String tab1 = "s-" + student + "-1";
        String tab2 = "s-" + student + "-2";
        String others = "s-" + other;
        registry.registerNewSession(tab1, principal(student));
        registry.registerNewSession(tab2, principal(student));
        registry.registerNewSession(others, principal(other));

        users.run("admin", () -> admin.setEnabled(principal(student).id(), false));

        assertThat(registry.getSessionInformation(tab1).isExpired()).isTrue();
        assertThat(registry.getSessionInformation(tab2).isExpired()).isTrue();
        assertThat(registry.getSessionInformation(others).isExpired()).isFalse();
        registry.removeSessionInformation(others);
    }

    @Test
    void a_role_change_ends_the_users_sessions_so_they_log_in_again_with_the_new_role() {
        String student = users.newDemoStudent();
        String session = "s-" + student;
        registry.registerNewSession(session, principal(student));

        users.run("admin", () -> admin.changeRole(principal(student).id(), org.sourcewise.accounts.Role.INSTRUCTOR));

        assertThat(registry.getSessionInformation(session).isExpired()).isTrue();
    }

    @Test
    void a_password_reset_or_a_reactivation_ends_no_session() {
        String student = users.newDemoStudent();
        String session = "s-" + student;
        registry.registerNewSession(session, principal(student));

        users.run("admin", () -> admin.resetPassword(principal(student).id(), "another-password-1"));
        users.run("admin", () -> admin.setEnabled(principal(student).id(), true));

        assertThat(registry.getSessionInformation(session).isExpired()).isFalse();
        registry.removeSessionInformation(session);
    }

    @Test
    void a_refused_deactivation_ends_no_session() {
        AccountPrincipal me = principal("admin");
        String session = "s-admin-" + System.nanoTime();
        registry.registerNewSession(session, me);
        try {
            users.run("admin", () -> admin.setEnabled(me.id(), false));
        } catch (RuntimeException refused) {
            // an admin cannot deactivate their own account
        }
        assertThat(registry.getSessionInformation(session).isExpired()).isFalse();
        registry.removeSessionInformation(session);
    }
}
