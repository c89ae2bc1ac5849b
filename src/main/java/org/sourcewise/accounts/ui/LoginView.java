package org.sourcewise.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.savedrequest.SavedRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.DemoAccount;
import org.sourcewise.accounts.LoginBusyException;
import org.sourcewise.browser.ui.LanguageSwitch;
import org.sourcewise.browser.ui.Words;

/** The login page; open to everyone. In demo mode it lists the demo accounts. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph resumeNote = new Paragraph();

    LoginView(AccountService accounts) {
        addClassName("login-view");
        // no frame around this page, so no landmark but the page's own: all of it is the main content
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        // no frame around this page: its own switch, top right, for the visitor's session only
        LanguageSwitch languages = new LanguageSwitch(language -> { });
        languages.addClassName("page-language");

        H1 brand = new H1("Sourcewise");
        brand.addClassName("brand");
        Paragraph tagline = new Paragraph(getTranslation("accounts.login.tagline"));
        tagline.addClassName("tagline");

        form.setI18n(loginWords());
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Anchor register = new Anchor("register", getTranslation("accounts.login.register"));
        register.addClassName("register-link");

        resumeNote.addClassName("resume-note");
        resumeNote.setVisible(false);
        add(languages, brand, tagline, resumeNote, form, register);
        List<DemoAccount> demo = accounts.demoAccounts();
        if (!demo.isEmpty()) {
            add(demoPanel(demo));
        }
    }

    /** Every word of the login form, Vaadin's defaults included, in the page's language. */
    private LoginI18n loginWords() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("accounts.login.form-title"));
        i18n.getForm().setUsername(getTranslation("accounts.login.username"));
        i18n.getForm().setPassword(getTranslation("accounts.login.password"));
        i18n.getForm().setSubmit(getTranslation("accounts.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("accounts.login.forgot-password"));
        i18n.getErrorMessage().setTitle(getTranslation("accounts.login.error-title"));
        i18n.getErrorMessage().setMessage(getTranslation("accounts.login.error-message"));
        i18n.getErrorMessage().setUsername(getTranslation("accounts.login.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("accounts.login.password-required"));
        return i18n;
    }

    private static Div demoPanel(List<DemoAccount> demo) {
        Div panel = new Div();
        panel.addClassName("demo-accounts");
        panel.add(new H2(Words.of("accounts.login.demo-accounts")));
        for (DemoAccount account : demo) {
            Div row = new Div();
            row.addClassName("demo-account");
            Span role = new Span(RoleWords.of(account.role()));
            role.addClassName("badge");
            Span user = new Span(account.username());
            user.addClassName("mono");
            Span password = new Span(account.password());
            password.addClassName("mono");
            row.add(role, user, new Span("/"), password);
            panel.add(row);
        }
        return panel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastLoginFailure() instanceof LoginBusyException) {
            // the password was never checked: saying it was wrong would send the student to retype it
            LoginI18n busy = loginWords();
            busy.getErrorMessage().setTitle(getTranslation("accounts.login.busy-title"));
            busy.getErrorMessage().setMessage(getTranslation("accounts.login.busy-message"));
            form.setI18n(busy);
        }
        form.setError(failed);
        // a student whose session ended mid-quiz (a server restart, a long absence) was sent here from
        // the attempt's page, which Spring Security remembers and opens again after the login
        if (savedPage().filter(url -> url.contains("/attempt/")).isPresent()) {
            resumeNote.setText(getTranslation("accounts.login.resume"));
            resumeNote.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.login.title");
    }

    /** Why the last login of this browser failed, as Spring Security's failure handler kept it in the session. */
    private static @Nullable Object lastLoginFailure() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpSession session = request.getHttpServletRequest().getSession(false);
            return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        return null;
    }

    /** The page Spring Security will open after the login, if a signed-out visit to it led here. */
    private static java.util.Optional<String> savedPage() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpSession session = request.getHttpServletRequest().getSession(false);
            if (session != null && session.getAttribute(SAVED_REQUEST) instanceof SavedRequest saved) {
                return java.util.Optional.of(saved.getRedirectUrl());
            }
        }
        return java.util.Optional.empty();
    }

    /** Where Spring Security's HttpSessionRequestCache keeps the page to return to. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";
}
