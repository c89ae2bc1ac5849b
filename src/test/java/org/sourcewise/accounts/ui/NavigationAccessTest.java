package org.sourcewise.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every role reaches its home and is refused the others'; anonymous visitors land on login. */
@IntegrationTest
class NavigationAccessTest extends SpringBrowserlessTest {

    private String currentPath() {
        Component view = (Component) getCurrentView();
        return view.getUI().orElseThrow().getInternals().getActiveViewLocation().getPath();
    }

    private void tryNavigate(String path) {
        catchThrowable(() -> navigate(path, Component.class));
    }

    private String viewName() {
        return getCurrentView().getClass().getSimpleName();
    }

    private String heading() {
        return find(H1.class).all().getFirst().getText();
    }

    @Test
    @WithAnonymousUser
    void anonymous_users_land_on_the_login_page() {
        tryNavigate("student");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        tryNavigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("student")
    void a_student_reaches_the_student_home_and_is_refused_the_others() {
        tryNavigate("");
        assertThat(currentPath()).isEqualTo("student");
        assertThat(heading()).isEqualTo("Welcome, Sasha Student");
        tryNavigate("instructor");
        assertThat(viewName()).isNotEqualTo("InstructorHomeView");
        assertThat(find(H1.class).all()).noneMatch(h -> h.getText().startsWith("Welcome"));
        tryNavigate("admin");
        assertThat(viewName()).isNotEqualTo("AdminHomeView");
        assertThat(find(H1.class).all()).noneMatch(h -> h.getText().equals("Admin console"));
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_reaches_the_instructor_home_and_is_refused_the_others() {
        tryNavigate("");
        assertThat(currentPath()).isEqualTo("instructor");
        assertThat(heading()).isEqualTo("Welcome, Ivan Instructor");
        tryNavigate("student");
        assertThat(viewName()).isNotEqualTo("StudentHomeView");
        assertThat(find(H1.class).all()).noneMatch(h -> h.getText().startsWith("Welcome"));
        tryNavigate("admin");
        assertThat(viewName()).isNotEqualTo("AdminHomeView");
        assertThat(find(H1.class).all()).noneMatch(h -> h.getText().equals("Admin console"));
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_reaches_the_admin_console_and_is_refused_the_others() {
        tryNavigate("");
        assertThat(currentPath()).isEqualTo("admin");
        assertThat(heading()).isEqualTo("Admin console");
        tryNavigate("student");
        assertThat(viewName()).isNotEqualTo("StudentHomeView");
        assertThat(find(H1.class).all()).noneMatch(h -> h.getText().startsWith("Welcome"));
        tryNavigate("instructor");
        assertThat(viewName()).isNotEqualTo("InstructorHomeView");
        assertThat(find(H1.class).all()).noneMatch(h -> h.getText().startsWith("Welcome"));
    }

    @Test
    @WithUserDetails("student")
    void the_navigation_shows_a_student_only_student_destinations() {
        tryNavigate("student");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .contains("student").doesNotContain("instructor", "admin");
    }
}
