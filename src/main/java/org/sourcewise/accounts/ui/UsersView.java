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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.sourcewise.accounts.AccountRules;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.Words;
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
@RolesAllowed("ADMIN")
@StyleSheet("styles/admin.css")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    // the filters' values; their labels are words
    private static final String ANY = "any"; // not shown
    private static final String ACTIVE = "active"; // not shown
    private static final String DEACTIVATED = "deactivated"; // not shown

    private final UserAdminService users;
    private final TextField search = new TextField();
    private final Select<String> roleFilter = new Select<>();
    private final Select<String> statusFilter = new Select<>();
    private final Grid<ManagedUser> grid = new Grid<>();
    private final Span count = new Span();

    UsersView(UserAdminService users) {
        this.users = users;
        addClassNames("page", "page-wide", "admin-users");
        add(new Anchor("admin", getTranslation("accounts.users.back")), new H1(getTranslation("accounts.users.heading")));

        search.setPlaceholder(getTranslation("accounts.users.search"));
        search.setAriaLabel(getTranslation("accounts.users.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        roleFilter.setLabel(getTranslation("accounts.users.role"));
        roleFilter.setItems(ANY, Role.STUDENT.name(), Role.INSTRUCTOR.name(), Role.ADMIN.name());
        roleFilter.setItemLabelGenerator(r -> ANY.equals(r) ? getTranslation("accounts.users.any") : RoleWords.of(Role.valueOf(r)));
        roleFilter.setValue(ANY);
        statusFilter.setLabel(getTranslation("accounts.users.status"));
        statusFilter.setItems(ANY, ACTIVE, DEACTIVATED);
        statusFilter.setItemLabelGenerator(v -> switch (v) {
            case ACTIVE -> getTranslation("accounts.users.active");
            case DEACTIVATED -> getTranslation("accounts.users.deactivated");
            default -> getTranslation("accounts.users.any");
        });
        statusFilter.setValue(ANY);
        Button create = new Button(getTranslation("accounts.users.new"), e -> openCreate());
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
        grid.addColumn(ManagedUser::username).setHeader(getTranslation("accounts.users.username")).setSortable(true).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(ManagedUser::displayName).setHeader(getTranslation("accounts.users.name")).setSortable(true).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("accounts.users.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("accounts.users.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.createdAt() == null ? "" : BrowserZone.format(DATE, u.createdAt()))
                .setHeader(getTranslation("accounts.users.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.users.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("28rem");
        add(grid);
        add(importSection());
        refresh();
    }

    private void refresh() {
        Role role = ANY.equals(roleFilter.getValue()) ? null : Role.valueOf(roleFilter.getValue());
        Boolean enabled = ANY.equals(statusFilter.getValue()) ? null : ACTIVE.equals(statusFilter.getValue());
        List<ManagedUser> found = users.search(search.getValue(), role, enabled);
        grid.setItems(found);
        count.setText(getTranslation("accounts.users.count", found.size()));
    }

    private Component roleSelect(ManagedUser user) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(RoleWords::of);
        select.setValue(user.role());
        select.setAriaLabel(getTranslation("accounts.users.role-of", user.username()));
        select.addClassName("role-select");
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                users.changeRole(user.id(), e.getValue());
                notify(getTranslation("accounts.users.role-changed", user.username(), RoleWords.of(e.getValue())), false);
                refresh();
            } catch (AccountException ex) {
                select.setValue(e.getOldValue());
                notify(Words.of(ex), true);
            }
        });
        return select;
    }

    private Component status(ManagedUser user) {
        Span badge = new Span(getTranslation(user.enabled() ? "accounts.users.active" : "accounts.users.deactivated"));
        badge.addClassNames("badge", user.enabled() ? "badge-pass" : "badge-fail");
        return badge;
    }

    private Component actions(ManagedUser user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "accounts.users.deactivate" : "accounts.users.reactivate"), e -> {
            try {
                users.setEnabled(user.id(), !user.enabled());
                notify(getTranslation(user.enabled() ? "accounts.users.deactivated-done" : "accounts.users.reactivated-done", user.username()),
                        false);
                refresh();
            } catch (AccountException ex) {
                notify(Words.of(ex), true);
            }
        });
        toggle.addThemeVariants(ButtonVariant.SMALL);
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        toggle.setAriaLabel(getTranslation(user.enabled() ? "accounts.users.deactivate-who" : "accounts.users.reactivate-who", user.username()));
        Button reset = new Button(getTranslation("accounts.users.reset"), e -> openReset(user));
        reset.addThemeVariants(ButtonVariant.SMALL);
        reset.setAriaLabel(getTranslation("accounts.users.reset-title", user.username()));
        HorizontalLayout row = new HorizontalLayout(toggle, reset);
        row.setSpacing(true);
        return row;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.users.new"));
        TextField username = new TextField(getTranslation("accounts.users.username"));
        username.setId("create-username");
        TextField name = new TextField(getTranslation("accounts.users.name"));
        name.setHelperText(getTranslation("accounts.users.name-helper"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(RoleWords::of);
        role.setValue(Role.STUDENT);
        PasswordField password = new PasswordField(getTranslation("accounts.users.password"));
        password.setHelperText(passwordHelper());
        FormLayout form = new FormLayout(username, name, role, password);
        dialog.add(form);
        Button save = new Button(getTranslation("accounts.users.create"), e -> {
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
                    notify(getTranslation("accounts.users.created-done", username.getValue().strip()), false);
                }
            } catch (AccountException ex) {
                TextField at = "displayName".equals(ex.field()) ? name : username;
                if ("password".equals(ex.field())) {
                    password.setErrorMessage(Words.of(ex));
                    password.setInvalid(true);
                } else {
                    at.setErrorMessage(Words.of(ex));
                    at.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("create-save");
        dialog.getFooter().add(new Button(getTranslation("accounts.users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String passwordHelper() {
        return getTranslation("accounts.users.password-helper", AccountRules.MIN_PASSWORD, AccountRules.MAX_PASSWORD);
    }

    private void openReset(ManagedUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.users.reset-title", user.username()));
        PasswordField password = new PasswordField(getTranslation("accounts.users.new-password"));
        password.setHelperText(passwordHelper());
        password.setWidthFull();
        dialog.add(password);
        Button save = new Button(getTranslation("accounts.users.reset"), e -> {
            try {
                PasswordReset reset = users.resetPassword(user.id(), password.getValue());
                dialog.close();
                if (reset.generatedPassword() != null) {
                    showPassword(user.username(), reset.generatedPassword());
                } else {
                    notify(getTranslation("accounts.users.reset-done", user.username()), false);
                }
            } catch (AccountException ex) {
                password.setErrorMessage(Words.of(ex));
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("reset-save");
        dialog.getFooter().add(new Button(getTranslation("accounts.users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** The one time a generated password is shown: the admin passes it on; it is stored only as a hash. */
    private void showPassword(String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.users.password-for", username));
        Span value = new Span(password);
        value.addClassName("generated-password");
        value.setId("generated-password");
        dialog.add(new Paragraph(getTranslation("accounts.users.pass-on")), value);
        dialog.getFooter().add(new Button(getTranslation("accounts.users.done"), e -> dialog.close()));
        dialog.open();
    }

    private Component importSection() {
        Div section = new Div();
        section.addClassNames("card", "user-import");
        TextArea csv = new TextArea(getTranslation("accounts.import.csv"));
        csv.setId("import-csv");
        csv.setWidthFull();
        csv.setPlaceholder(getTranslation("accounts.import.example"));
        csv.setHelperText(getTranslation("accounts.import.helper"));
        UnorderedList problems = new UnorderedList();
        problems.addClassName("import-problems");
        Div result = new Div();
        result.addClassName("import-result");
        Button check = new Button(getTranslation("accounts.import.check"), e -> runImport(csv, problems, result, true));
        check.setId("import-check");
        Button run = new Button(getTranslation("accounts.import.run"), e -> runImport(csv, problems, result, false));
        run.addThemeVariants(ButtonVariant.PRIMARY);
        run.setId("import-run");
        section.add(new H2(getTranslation("accounts.import.heading")), csv, new HorizontalLayout(check, run), problems, result);
        return section;
    }

    private void runImport(TextArea csv, UnorderedList problems, Div result, boolean dryRun) {
        problems.removeAll();
        result.removeAll();
        csv.setInvalid(false);
        try {
            UserImport done = users.importCsv(csv.getValue().getBytes(StandardCharsets.UTF_8), dryRun);
            Grid<UserImport.Row> rows = new Grid<>();
            rows.addColumn(UserImport.Row::line).setHeader(getTranslation("accounts.import.line")).setAutoWidth(true).setFlexGrow(0);
            rows.addColumn(UserImport.Row::username).setHeader(getTranslation("accounts.users.username"));
            rows.addColumn(UserImport.Row::displayName).setHeader(getTranslation("accounts.users.name"));
            rows.addColumn(r -> RoleWords.of(r.role())).setHeader(getTranslation("accounts.users.role"));
            if (!dryRun) {
                rows.addColumn(r -> r.generatedPassword() == null ? getTranslation("accounts.import.as-given") : r.generatedPassword())
                        .setHeader(getTranslation("accounts.import.password"));
            }
            rows.setItems(done.rows());
            rows.setAllRowsVisible(true);
            Paragraph summary = new Paragraph(getTranslation(dryRun ? "accounts.import.checked" : "accounts.import.imported", done.rows().size()));
            summary.addClassName("import-summary");
            result.add(summary, rows);
            if (!dryRun) {
                csv.clear();
                refresh();
            }
        } catch (UserImportException ex) {
            csv.setInvalid(true);
            csv.setErrorMessage(getTranslation("accounts.import.refused", ex.problems().size()));
            ex.problems().forEach(p -> problems.add(new ListItem(say(p))));
        }
    }

    /** One refused line of an import, in the page's language: "Line 3: a username has ...; ...". */
    private String say(UserImportException.Problem problem) {
        String parts = problem.parts().stream().map(r -> getTranslation(r.wordsKey(), r.wordsParams())).collect(Collectors.joining("; "));
        return problem.line() == 0 ? parts : getTranslation("accounts.import.problem-line", problem.line(), parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.users.title");
    }

    private static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        if (error) {
            n.addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
