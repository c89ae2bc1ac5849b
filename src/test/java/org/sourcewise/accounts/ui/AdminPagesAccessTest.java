package org.sourcewise.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The users and audit log pages open for admins only. */
@IntegrationTest
class AdminPagesAccessTest extends SpringBrowserlessTest {

    private String headingAfter(String path) {
        catchThrowable(() -> navigate(path, Component.class));
        return find(H1.class).all().stream().map(H1::getText).findFirst().orElse("");
    }

    @Test
    @WithUserDetails("student")
    void a_student_is_refused_the_users_and_audit_pages() {
        assertThat(headingAfter("admin/users")).isNotEqualTo("Users");
        assertThat(headingAfter("admin/audit")).isNotEqualTo("Audit log");
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_is_refused_the_users_and_audit_pages() {
        assertThat(headingAfter("admin/users")).isNotEqualTo("Users");
        assertThat(headingAfter("admin/audit")).isNotEqualTo("Audit log");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_opens_both_from_the_admin_console() {
        assertThat(headingAfter("admin")).isEqualTo("Admin console");
        assertThat(headingAfter("admin/users")).isEqualTo("Users");
        assertThat(headingAfter("admin/audit")).isEqualTo("Audit log");
    }
}
