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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.savedrequest.SavedRequest;
import java.util.List;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.DemoAccount;

/** The login page; open to everyone. In demo mode it lists the demo accounts. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Sourcewise")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph resumeNote = new Paragraph();

    LoginView(AccountService accounts) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Sourcewise");
        brand.addClassName("brand");
        Paragraph tagline = new Paragraph("Courses built from sources. Every question cites the claim it tests.");
        tagline.addClassName("tagline");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Usernames are not case-sensitive.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Anchor register = new Anchor("register", "Have a class join code? Create a student account");
        register.addClassName("register-link");

        resumeNote.addClassName("resume-note");
        resumeNote.setVisible(false);
        add(brand, tagline, resumeNote, form, register);
        List<DemoAccount> demo = accounts.demoAccounts();
        if (!demo.isEmpty()) {
            add(demoPanel(demo));
        }
    }

    private static Div demoPanel(List<DemoAccount> demo) {
        Div panel = new Div();
        panel.addClassName("demo-accounts");
        panel.add(new H2("Demo accounts"));
        for (DemoAccount account : demo) {
            Div row = new Div();
            row.addClassName("demo-account");
            Span role = new Span(account.role().name().toLowerCase());
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
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        // a student whose session ended mid-quiz (a server restart, a long absence) was sent here from
        // the attempt's page, which Spring Security remembers and opens again after the login
        if (savedPage().filter(url -> url.contains("/attempt/")).isPresent()) {
            resumeNote.setText("Your session ended (the server restarted, or the page was left unused for long)."
                    + " Your saved answers are kept: log in and you are back at the same question.");
            resumeNote.setVisible(true);
        }
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
