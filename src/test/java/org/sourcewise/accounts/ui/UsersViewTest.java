package org.sourcewise.accounts.ui;

import org.sourcewise.Unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.ManagedUser;
import org.sourcewise.accounts.UserAdminService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's users page: create with a generated password shown once, search, and CSV import with per-line problems. */
@IntegrationTest
@WithUserDetails("admin")
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdminService admin;

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).all().stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<ManagedUser> usersGrid() {
        return find(Grid.class).all().stream().filter(g -> g.hasClassName("users-grid")).findFirst().orElseThrow();
    }

    @Test
    void a_user_created_in_the_dialog_gets_a_generated_password_shown_once_and_is_listed() {
        String name = Unique.name("viewmade");
        navigate(UsersView.class);
        test(byId(Button.class, "new-user")).click();
        TextField username = byId(TextField.class, "create-username");
        test(username).setValue("bad name");
        test(byId(Button.class, "create-save")).click();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getValue()).isEqualTo("bad name");

        test(username).setValue(name);
        test(byId(Button.class, "create-save")).click();
        String shown = byId(Span.class, "generated-password").getText();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(12);

        test(byId(TextField.class, "user-search")).setValue(name);
        assertThat(usersGrid().getGenericDataView().getItems().map(ManagedUser::username)).containsExactly(name);
    }

    @Test
    void a_csv_with_a_bad_line_names_the_line_keeps_the_text_and_creates_no_one() {
        String good = Unique.name("viewcsv");
        navigate(UsersView.class);
        TextArea csv = byId(TextArea.class, "import-csv");
        String text = "username,display_name,role\n" + good + ",Good,student\nx,Too short,student\n";
        test(csv).setValue(text);
        test(byId(Button.class, "import-run")).click();

        assertThat(find(ListItem.class).all()).anySatisfy(li -> assertThat(li.getText()).startsWith("Line 3:"));
        assertThat(csv.isInvalid()).isTrue();
        assertThat(csv.getValue()).isEqualTo(text);
        assertThat(admin.search(good, null, null)).isEmpty();
    }

    @Test
    void a_dry_run_lists_the_users_and_the_import_creates_them() {
        String good = Unique.name("viewdry");
        navigate(UsersView.class);
        TextArea csv = byId(TextArea.class, "import-csv");
        test(csv).setValue("username,role,password\n" + good + ",instructor,\n");
        test(byId(Button.class, "import-check")).click();
        assertThat(admin.search(good, null, null)).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .anySatisfy(p -> assertThat(p.getText()).contains("All 1 lines are right"));

        test(byId(Button.class, "import-run")).click();
        assertThat(admin.search(good, null, null)).singleElement().satisfies(u -> assertThat(u.role().name()).isEqualTo("INSTRUCTOR"));
        assertThat(csv.getValue()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_status_filter_lists_only_deactivated_users() {
        String name = Unique.name("viewoff");
        admin.create(name, null, org.sourcewise.accounts.Role.STUDENT, "a-first-password");
        admin.setEnabled(admin.search(name, null, null).getFirst().id(), false);
        navigate(UsersView.class);
        com.vaadin.flow.component.select.Select<String> status = find(com.vaadin.flow.component.select.Select.class).all().stream()
                .filter(s -> "Status".equals(s.getLabel())).findFirst().orElseThrow();
        test(status).selectItem("deactivated");

        assertThat(usersGrid().getGenericDataView().getItems()).isNotEmpty().allMatch(u -> !u.enabled())
                .anyMatch(u -> u.username().equals(name));
    }

    @Test
    void the_users_page_speaks_german() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate(UsersView.class);

        assertThat(find(com.vaadin.flow.component.html.H1.class).all().getFirst().getText()).isEqualTo("Benutzer");
        assertThat(byId(Button.class, "new-user").getText()).isEqualTo("Neuer Benutzer");
        assertThat(byId(Button.class, "import-check").getText()).isEqualTo("Prüfen (Probelauf)");
        assertThat(find(Button.class).all().stream().map(Button::getText)).doesNotContain("New user", "Import", "Reset password");

        // the service's refusal, at the field, in German
        test(byId(Button.class, "new-user")).click();
        TextField username = byId(TextField.class, "create-username");
        assertThat(username.getLabel()).isEqualTo("Benutzername");
        test(username).setValue("bad name");
        test(byId(Button.class, "create-save")).click();
        assertThat(username.getErrorMessage()).startsWith("Ein Benutzername hat 3 bis 64 Buchstaben");

        // and a refused import line, part by part
        TextArea csv = byId(TextArea.class, "import-csv");
        test(csv).setValue("username,role\nx,wizard\n");
        test(byId(Button.class, "import-check")).click();
        assertThat(csv.getErrorMessage()).isEqualTo("Nichts wurde importiert: 1 Problem unten.");
        assertThat(find(ListItem.class).all()).anySatisfy(li -> assertThat(li.getText())
                .isEqualTo("Zeile 2: unbekannte Rolle „wizard“ (STUDENT, INSTRUCTOR oder ADMIN); ein Benutzername hat 3 bis 64 Buchstaben,"
                        + " Ziffern, Punkte, Bindestriche oder Unterstriche, ohne Leerzeichen"));
    }
}
