package org.sourcewise.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.LoginBusyException;
import org.sourcewise.classes.ui.RegistrationView;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a login failed: a wrong password, or a server too busy to check it. */
@IntegrationTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @AfterEach
    void forgetTheFailure() {
        VaadinSession.getCurrent().getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private String formWordsAfter(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        navigate(RegistrationView.class); // the first login page was made before this test's failure
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_wrong_password_is_called_wrong() {
        assertThat(formWordsAfter(new BadCredentialsException("Bad credentials")))
                .contains("Wrong username or password").doesNotContain("busy");
    }

    @Test
    void a_login_whose_password_was_never_checked_is_told_the_server_is_busy() {
        assertThat(formWordsAfter(new LoginBusyException()))
                .contains("The server is busy", "Wait a few seconds").doesNotContain("Wrong username or password");
    }
}
