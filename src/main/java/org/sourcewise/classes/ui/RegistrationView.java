package org.sourcewise.classes.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sourcewise.accounts.AccountRules;
import org.sourcewise.classes.RegistrationException;
import org.sourcewise.classes.RegistrationService;

/**
 * Student self-registration with a class join code. A refused attempt marks the field at fault and
 * keeps everything typed (but the password, which the browser never gets back).
 */
@Route(value = "register", autoLayout = false)
@PageTitle("Create a student account · Sourcewise")
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements BeforeEnterObserver {

    final TextField joinCode = new TextField("Class join code");
    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Your name");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create account and join class");
    final Paragraph classHint = new Paragraph();

    RegistrationView(RegistrationService registration) {
        addClassName("register-view");
        setAlignItems(Alignment.CENTER);
        H1 title = new H1("Join your class");
        Paragraph intro = new Paragraph("Your instructor gave you a join code. With it you get a student account in that class.");
        intro.addClassName("muted");

        joinCode.setRequiredIndicatorVisible(true);
        joinCode.setHelperText("For example DEMO-2017");
        joinCode.addValueChangeListener(e -> {
            joinCode.setInvalid(false);
            classHint.setText(registration.classNameFor(e.getValue()).map(name -> "You will join: " + name).orElse(""));
        });
        username.setRequiredIndicatorVisible(true);
        username.setHelperText("3 to 64 letters, digits, dots, dashes or underscores");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(AccountRules.PASSWORD_HINT + ".");
        for (var field : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[] {joinCode, username, displayName, password}) {
            field.setWidthFull();
        }
        // ids for scripts that drive the form (the load benchmark's soak registers its students here)
        joinCode.setId("join-code");
        username.setId("username");
        displayName.setId("display-name");
        password.setId("password");
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> {
            clearErrors();
            try {
                registration.register(joinCode.getValue(), username.getValue(), displayName.getValue(), password.getValue());
                getUI().ifPresent(ui -> ui.navigate("login?registered"));
            } catch (RegistrationException ex) {
                showError(ex.field(), ex.getMessage());
            }
        });

        VerticalLayout form = new VerticalLayout(title, intro, joinCode, classHint, username, displayName, password, create,
                new Anchor("login", "I already have an account"));
        form.addClassName("card");
        form.setMaxWidth("28rem");
        form.setPadding(true);
        add(form);
    }

    private void clearErrors() {
        joinCode.setInvalid(false);
        username.setInvalid(false);
        displayName.setInvalid(false);
        password.setInvalid(false);
    }

    private void showError(String field, String message) {
        var target = switch (field) {
            case "joinCode" -> joinCode;
            case "username" -> username;
            case "displayName" -> displayName;
            default -> null;
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            password.setErrorMessage(message);
            password.setInvalid(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(joinCode::setValue);
    }
}
