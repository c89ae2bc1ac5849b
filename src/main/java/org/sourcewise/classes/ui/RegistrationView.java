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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sourcewise.accounts.AccountRules;
import org.sourcewise.browser.ui.LanguageSwitch;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.classes.RegistrationException;
import org.sourcewise.classes.RegistrationService;

/**
 * Student self-registration with a class join code. A refused attempt marks the field at fault and
 * keeps everything typed (but the password, which the browser never gets back).
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField joinCode = new TextField();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final Button create = new Button();
    final Paragraph classHint = new Paragraph();

    RegistrationView(RegistrationService registration) {
        addClassName("register-view");
        // no frame around this page, so no landmark but the page's own: all of it is the main content
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        // no frame around this page: its own switch, top right, for the visitor's session only
        LanguageSwitch languages = new LanguageSwitch(language -> { });
        languages.addClassName("page-language");
        add(languages);
        H1 title = new H1(getTranslation("classes.register.heading"));
        Paragraph intro = new Paragraph(getTranslation("classes.register.intro"));
        intro.addClassName("muted");

        joinCode.setLabel(getTranslation("classes.register.join-code"));
        username.setLabel(getTranslation("classes.register.username"));
        displayName.setLabel(getTranslation("classes.register.name"));
        password.setLabel(getTranslation("classes.register.password"));
        create.setText(getTranslation("classes.register.create"));
        joinCode.setRequiredIndicatorVisible(true);
        joinCode.setHelperText(getTranslation("classes.register.join-code-helper"));
        joinCode.addValueChangeListener(e -> {
            joinCode.setInvalid(false);
            classHint.setText(registration.classNameFor(e.getValue()).map(name -> getTranslation("classes.register.you-join", name)).orElse(""));
        });
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("classes.register.username-helper"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("classes.register.password-helper", AccountRules.MIN_PASSWORD, AccountRules.MAX_PASSWORD));
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
                showError(ex.field(), Words.of(ex));
            }
        });

        VerticalLayout form = new VerticalLayout(title, intro, joinCode, classHint, username, displayName, password, create,
                new Anchor("login", getTranslation("classes.register.have-account")));
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
    public String getPageTitle() {
        return getTranslation("classes.register.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(joinCode::setValue);
    }
}
