package org.sourcewise.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sourcewise.accounts.AccountRules;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.accounts.AccountException;
import org.sourcewise.accounts.ManagedUser;
import org.sourcewise.accounts.PasswordReset;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserAdminService;
import org.sourcewise.accounts.UserImport;
import org.sourcewise.accounts.UserImportException;

/**
 * The admin's users page: search by name, role and status; create a user; per user change the
 * role, deactivate or reactivate, reset the password; and import users from CSV with a dry run.
 * A generated password is shown once, in a dialog. The service refuses what an admin may not do
 * (their own account, the last admin) and the page shows why.
 */
@Route("admin/users")
@PageTitle("Users · Sourcewise")
@RolesAllowed("ADMIN")
@StyleSheet("styles/admin.css")
class UsersView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final String ANY = "Any";

    private final UserAdminService users;
    private final TextField search = new TextField();
    private final Select<String> roleFilter = new Select<>();
    private final Select<String> statusFilter = new Select<>();
    private final Grid<ManagedUser> grid = new Grid<>();
    private final Span count = new Span();

    UsersView(UserAdminService users) {
        this.users = users;
        addClassNames("page", "page-wide", "admin-users");
        add(new Anchor("admin", "← Admin console"), new H1("Users"));

        search.setPlaceholder("Search username or name");
        search.setAriaLabel("Search username or name");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        roleFilter.setLabel("Role");
        roleFilter.setItems(ANY, "STUDENT", "INSTRUCTOR", "ADMIN");
        roleFilter.setValue(ANY);
        statusFilter.setLabel("Status");
        statusFilter.setItems(ANY, "active", "deactivated");
        statusFilter.setValue(ANY);
        Button create = new Button("New user", e -> openCreate());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-user");
        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, statusFilter, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        search.addValueChangeListener(e -> refresh());
        roleFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        count.addClassName("muted");
        add(toolbar, count);

        grid.addClassName("users-grid");
        grid.addColumn(ManagedUser::username).setHeader("Username").setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ManagedUser::displayName).setHeader("Name").setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(UsersView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.createdAt() == null ? "" : BrowserZone.format(DATE, u.createdAt())).setHeader("Created").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("28rem");
        add(grid);
        add(importSection());
        refresh();
    }

    private void refresh() {
        Role role = ANY.equals(roleFilter.getValue()) ? null : Role.valueOf(roleFilter.getValue());
        Boolean enabled = ANY.equals(statusFilter.getValue()) ? null : "active".equals(statusFilter.getValue());
        List<ManagedUser> found = users.search(search.getValue(), role, enabled);
        grid.setItems(found);
        count.setText(found.size() == 1 ? "1 user" : found.size() + " users");
    }

    private Component roleSelect(ManagedUser user) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(r -> r.name().toLowerCase(Locale.ROOT));
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.username());
        select.addClassName("role-select");
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                users.changeRole(user.id(), e.getValue());
                notify(user.username() + " is now " + e.getValue().name().toLowerCase(Locale.ROOT) + ".", false);
                refresh();
            } catch (AccountException ex) {
                select.setValue(e.getOldValue());
                notify(ex.getMessage(), true);
            }
        });
        return select;
    }

    private static Component status(ManagedUser user) {
        Span badge = new Span(user.enabled() ? "active" : "deactivated");
        badge.addClassNames("badge", user.enabled() ? "badge-pass" : "badge-fail");
        return badge;
    }

    private Component actions(ManagedUser user) {
        Button toggle = new Button(user.enabled() ? "Deactivate" : "Reactivate", e -> {
            try {
                users.setEnabled(user.id(), !user.enabled());
                notify(user.username() + (user.enabled() ? " can no longer log in; a page they have open goes to the login at its next click."
                        : " can log in again."), false);
                refresh();
            } catch (AccountException ex) {
                notify(ex.getMessage(), true);
            }
        });
        toggle.addThemeVariants(ButtonVariant.SMALL);
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        toggle.setAriaLabel((user.enabled() ? "Deactivate " : "Reactivate ") + user.username());
        Button reset = new Button("Reset password", e -> openReset(user));
        reset.addThemeVariants(ButtonVariant.SMALL);
        reset.setAriaLabel("Reset the password of " + user.username());
        HorizontalLayout row = new HorizontalLayout(toggle, reset);
        row.setSpacing(true);
        return row;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New user");
        TextField username = new TextField("Username");
        username.setId("create-username");
        TextField name = new TextField("Name");
        name.setHelperText("Shown to others; the username when left blank.");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r.name().toLowerCase(Locale.ROOT));
        role.setValue(Role.STUDENT);
        PasswordField password = new PasswordField("Password");
        password.setHelperText(AccountRules.PASSWORD_HINT + "; leave blank to generate one.");
        FormLayout form = new FormLayout(username, name, role, password);
        dialog.add(form);
        Button save = new Button("Create", e -> {
            username.setInvalid(false);
            name.setInvalid(false);
            password.setInvalid(false);
            try {
                PasswordReset created = users.create(username.getValue(), name.getValue(), role.getValue(), password.getValue());
                dialog.close();
                refresh();
                if (created.generatedPassword() != null) {
                    showPassword(username.getValue().strip(), created.generatedPassword());
                } else {
                    notify("User " + username.getValue().strip() + " created.", false);
                }
            } catch (AccountException ex) {
                TextField at = "displayName".equals(ex.field()) ? name : username;
                if ("password".equals(ex.field())) {
                    password.setErrorMessage(ex.getMessage());
                    password.setInvalid(true);
                } else {
                    at.setErrorMessage(ex.getMessage());
                    at.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("create-save");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void openReset(ManagedUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset the password of " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setHelperText(AccountRules.PASSWORD_HINT + "; leave blank to generate one.");
        password.setWidthFull();
        dialog.add(password);
        Button save = new Button("Reset password", e -> {
            try {
                PasswordReset reset = users.resetPassword(user.id(), password.getValue());
                dialog.close();
                if (reset.generatedPassword() != null) {
                    showPassword(user.username(), reset.generatedPassword());
                } else {
                    notify("The password of " + user.username() + " was changed.", false);
                }
            } catch (AccountException ex) {
                password.setErrorMessage(ex.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("reset-save");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** The one time a generated password is shown: the admin passes it on; it is stored only as a hash. */
    private void showPassword(String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Password for " + username);
        Span value = new Span(password);
        value.addClassName("generated-password");
        value.setId("generated-password");
        dialog.add(new Paragraph("Pass this password on now; it is not shown again."), value);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    private Component importSection() {
        Div section = new Div();
        section.addClassNames("card", "user-import");
        TextArea csv = new TextArea("Users as CSV");
        csv.setId("import-csv");
        csv.setWidthFull();
        csv.setPlaceholder("username,display_name,role,password\nasmith,Alice Smith,student,\nbjones,Bob Jones,instructor,a-long-password");
        csv.setHelperText("First line: the column names (username required; display_name, role, password optional). "
                + "A blank role is student, a blank password is generated. Nothing is created unless every line is right.");
        UnorderedList problems = new UnorderedList();
        problems.addClassName("import-problems");
        Div result = new Div();
        result.addClassName("import-result");
        Button check = new Button("Check (dry run)", e -> runImport(csv, problems, result, true));
        check.setId("import-check");
        Button run = new Button("Import", e -> runImport(csv, problems, result, false));
        run.addThemeVariants(ButtonVariant.PRIMARY);
        run.setId("import-run");
        section.add(new H2("Import users"), csv, new HorizontalLayout(check, run), problems, result);
        return section;
    }

    private void runImport(TextArea csv, UnorderedList problems, Div result, boolean dryRun) {
        problems.removeAll();
        result.removeAll();
        csv.setInvalid(false);
        try {
            UserImport done = users.importCsv(csv.getValue().getBytes(StandardCharsets.UTF_8), dryRun);
            Grid<UserImport.Row> rows = new Grid<>();
            rows.addColumn(UserImport.Row::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
            rows.addColumn(UserImport.Row::username).setHeader("Username");
            rows.addColumn(UserImport.Row::displayName).setHeader("Name");
            rows.addColumn(r -> r.role().name().toLowerCase(Locale.ROOT)).setHeader("Role");
            if (!dryRun) {
                rows.addColumn(r -> r.generatedPassword() == null ? "as given" : r.generatedPassword())
                        .setHeader("Password (shown once)");
            }
            rows.setItems(done.rows());
            rows.setAllRowsVisible(true);
            Paragraph summary = new Paragraph(dryRun
                    ? "All " + done.rows().size() + " lines are right; Import would create these users."
                    : done.rows().size() + " users created. Pass generated passwords on now; they are not shown again.");
            summary.addClassName("import-summary");
            result.add(summary, rows);
            if (!dryRun) {
                csv.clear();
                refresh();
            }
        } catch (UserImportException ex) {
            csv.setInvalid(true);
            csv.setErrorMessage("Nothing was imported: " + ex.problems().size()
                    + (ex.problems().size() == 1 ? " problem" : " problems") + " below.");
            ex.problems().forEach(p -> problems.add(new ListItem(p.toString())));
        }
    }

    private static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        if (error) {
            n.addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
