package org.sourcewise.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.browser.ui.LanguageSwitch;
import org.sourcewise.classes.ui.RegistrationView;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The pages a visitor sees without the app's frame speak German, and carry their own language switch. */
@IntegrationTest
@WithAnonymousUser
class VisitorPagesInGermanTest extends SpringBrowserlessTest {

    @Test
    void the_login_page_speaks_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        // a visitor's first page is the login page, made before the language was set; a page served
        // in German builds it anew (as the switch's reload does)
        navigate(RegistrationView.class);
        navigate(LoginView.class);

        assertThat(find(LanguageSwitch.class).all()).hasSize(1);
        // the words the form's element gets, Vaadin's own defaults replaced
        String form = String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
        assertThat(form).contains("\"Anmelden\"", "\"Benutzername\"", "\"Passwort\"", "Falscher Benutzername oder falsches Passwort",
                "Benutzername fehlt").doesNotContain("\"Log in\"", "\"Username\"", "\"Password\"");
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("Kurse aus Quellen gebaut. Jede Frage nennt die Aussage, die sie prüft.")
                .doesNotContain("Courses built from sources. Every question cites the claim it tests.");
    }

    @Test
    void the_registration_page_speaks_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(RegistrationView.class);

        assertThat(find(LanguageSwitch.class).all()).hasSize(1);
        assertThat(find(H1.class).single().getText()).isEqualTo("Treten Sie Ihrer Klasse bei");
        assertThat(find(TextField.class).all().stream().map(TextField::getLabel))
                .contains("Beitrittscode der Klasse", "Benutzername", "Ihr Name")
                .doesNotContain("Class join code", "Username", "Your name");
        assertThat(find(Button.class).all().stream().map(Button::getText)).contains("Konto anlegen und Klasse beitreten");
    }
}
