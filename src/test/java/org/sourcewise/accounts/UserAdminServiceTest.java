package org.sourcewise.accounts;

import org.sourcewise.Unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditEntry;
import org.sourcewise.audit.AuditLog;
import org.sourcewise.audit.AuditQuery;
import org.sourcewise.classes.TestClasses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService admin;
    @Autowired
    AuditLog audit;
    @Autowired
    TestUsers users;
    @Autowired
    TestClasses classes;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static String unique(String prefix) {
        return Unique.name(prefix);
    }

    private <T> T asAdmin(java.util.concurrent.Callable<T> work) {
        return users.as("admin", work);
    }

    private ManagedUser find(String username) {
        return asAdmin(() -> admin.search(username, null, null)).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
    }

    private List<AuditEntry> audited(String target, String action) {
        return asAdmin(() -> audit.search(new AuditQuery(target, action, null, null), 0, 50));
    }

    private boolean passwordIs(String username, String password) {
        return passwords.matches(password, userDetails.loadUserByUsername(username).getPassword());
    }

    @Test
    void an_admin_creates_a_user_with_a_generated_password_shown_once_and_stored_as_bcrypt() {
        String name = unique("made");
        PasswordReset created = asAdmin(() -> admin.create(name, "Made Up", Role.INSTRUCTOR, ""));

        assertThat(created.generatedPassword()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(userDetails.loadUserByUsername(name).getPassword()).startsWith("$2");
        assertThat(passwordIs(name, created.generatedPassword())).isTrue();
        assertThat(find(name)).satisfies(u -> {
            assertThat(u.role()).isEqualTo(Role.INSTRUCTOR);
            assertThat(u.enabled()).isTrue();
        });
        assertThat(audited("user:" + name, AuditAction.USER_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("INSTRUCTOR").doesNotContain(created.generatedPassword()));
    }

    @Test
    void a_bad_new_user_is_refused_at_the_field_at_fault() {
        assertThatThrownBy(() -> asAdmin(() -> admin.create("a b", null, Role.STUDENT, null)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> asAdmin(() -> admin.create("student", null, Role.STUDENT, null)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.getMessage()).contains("taken"));
        assertThatThrownBy(() -> asAdmin(() -> admin.create(unique("short"), null, Role.STUDENT, "short")))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> asAdmin(() -> admin.create(unique("common"), null, Role.STUDENT, "password")))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains("most common");
                });
        assertThatThrownBy(() -> asAdmin(() -> admin.create(unique("long"), "n".repeat(121), Role.STUDENT, null)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
    }

    @Test
    void a_deactivated_user_cannot_log_in_until_reactivated_and_both_are_audited() throws Exception {
        String teacher = classes.newInstructor();
        ManagedUser user = find(teacher);
        asAdmin(() -> admin.setEnabled(user.id(), false));

        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1"))).andExpect(status().isUnauthorized());
        assertThat(audited("user:" + teacher, AuditAction.LOGIN_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("deactivated"));
        assertThat(find(teacher).enabled()).isFalse();

        asAdmin(() -> admin.setEnabled(user.id(), true));
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1"))).andExpect(status().isOk());
        assertThat(audited("user:" + teacher, AuditAction.USER_DEACTIVATED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
        assertThat(audited("user:" + teacher, AuditAction.USER_REACTIVATED)).hasSize(1);
    }

    @Test
    void an_admin_can_neither_deactivate_nor_demote_themselves_and_the_last_active_admin_stays() {
        ManagedUser me = find("admin");
        assertThatThrownBy(() -> asAdmin(() -> admin.setEnabled(me.id(), false)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.getMessage()).contains("your own account"));
        assertThatThrownBy(() -> asAdmin(() -> admin.changeRole(me.id(), Role.INSTRUCTOR)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.getMessage()).contains("your own role"));

        // a second admin may act on the first; while both are active, one of them may go
        String second = unique("admin");
        asAdmin(() -> admin.create(second, null, Role.ADMIN, "second-admin-pw"));
        String third = unique("admin");
        asAdmin(() -> admin.create(third, null, Role.ADMIN, "third-admin-pw"));
        users.run(second, () -> admin.changeRole(find(third).id(), Role.INSTRUCTOR));
        assertThat(find(third).role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(audited("user:" + third, AuditAction.ROLE_CHANGED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("ADMIN -> INSTRUCTOR"));

        // with every other admin deactivated, the demo admin is the last one and stays
        users.run(second, () -> asAdmin(() -> admin.search(null, Role.ADMIN, true)).stream()
                .filter(u -> !u.username().equals("admin") && !u.username().equals(second))
                .forEach(u -> admin.setEnabled(u.id(), false)));
        users.run("admin", () -> admin.setEnabled(find(second).id(), false));
        assertThatThrownBy(() -> users.as(second, () -> admin.changeRole(me.id(), Role.STUDENT)))
                .isInstanceOf(AccountException.class);
        assertThat(find("admin").role()).isEqualTo(Role.ADMIN);
        assertThat(find("admin").enabled()).isTrue();
    }

    @Test
    void a_password_reset_replaces_the_old_password_and_is_audited_without_it() {
        String name = unique("reset");
        asAdmin(() -> admin.create(name, null, Role.STUDENT, "first-password"));
        UserId id = find(name).id();

        asAdmin(() -> admin.resetPassword(id, "second-password"));
        assertThat(passwordIs(name, "second-password")).isTrue();
        assertThat(passwordIs(name, "first-password")).isFalse();
        PasswordReset generated = asAdmin(() -> admin.resetPassword(id, null));
        assertThat(passwordIs(name, generated.generatedPassword())).isTrue();
        assertThatThrownBy(() -> asAdmin(() -> admin.resetPassword(id, "short")))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> asAdmin(() -> admin.resetPassword(id, "12345678")))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.getMessage()).contains("most common"));

        assertThat(audited("user:" + name, AuditAction.PASSWORD_RESET)).hasSize(2)
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("second-password").doesNotContain(generated.generatedPassword()));
    }

    @Test
    void a_csv_with_bad_lines_creates_no_one_and_names_each_line_and_its_reason() {
        String good = unique("csvok");
        String csv = """
                username,display_name,role,password
                %s,Good One,student,good-password
                bad name,Bad,student,
                %s,Again,student,
                student,Taken,instructor,
                %s-x,Odd,wizard,short
                %s-y,Common,student,Password
                """.formatted(good, good, good, good);

        assertThatThrownBy(() -> asAdmin(() -> admin.importCsv(csv.getBytes(StandardCharsets.UTF_8), false)))
                .isInstanceOfSatisfying(UserImportException.class, e -> assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).satisfies(x -> assertThat(x.line()).isEqualTo(3)),
                        p -> assertThat(p).satisfies(x -> {
                            assertThat(x.line()).isEqualTo(4);
                            assertThat(x.message()).contains("appears earlier");
                        }),
                        p -> assertThat(p).satisfies(x -> {
                            assertThat(x.line()).isEqualTo(5);
                            assertThat(x.message()).contains("taken");
                        }),
                        p -> assertThat(p).satisfies(x -> {
                            assertThat(x.line()).isEqualTo(6);
                            assertThat(x.message()).contains("unknown role 'wizard'", "at least 8 characters");
                        }),
                        p -> assertThat(p).satisfies(x -> {
                            assertThat(x.line()).isEqualTo(7);
                            assertThat(x.message()).contains("most common");
                        })));
        assertThat(asAdmin(() -> admin.search(good, null, null))).isEmpty();
    }

    @Test
    void a_dry_run_reports_and_creates_nothing_then_the_import_creates_everyone_with_passwords_for_blank_ones() {
        String one = unique("csva");
        String two = unique("csvb");
        String csv = "Username,Role,Password\n" + one + ",instructor,\n\n" + two + ",,given-password\n";

        UserImport dry = asAdmin(() -> admin.importCsv(csv.getBytes(StandardCharsets.UTF_8), true));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.rows()).extracting(UserImport.Row::line).containsExactly(2, 4);
        assertThat(asAdmin(() -> admin.search(one, null, null))).isEmpty();

        UserImport done = asAdmin(() -> admin.importCsv(csv.getBytes(StandardCharsets.UTF_8), false));
        assertThat(done.rows()).extracting(UserImport.Row::role).containsExactly(Role.INSTRUCTOR, Role.STUDENT);
        assertThat(passwordIs(one, done.rows().getFirst().generatedPassword())).isTrue();
        assertThat(done.rows().get(1).generatedPassword()).isNull();
        assertThat(passwordIs(two, "given-password")).isTrue();
        assertThat(audited("user:" + one, AuditAction.USER_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("CSV line 2"));
        assertThat(audited(one, AuditAction.USERS_IMPORTED)).hasSize(1);
    }

    @Test
    void a_csv_without_a_header_naming_username_is_refused_at_line_one() {
        assertThatThrownBy(() -> asAdmin(() -> admin.importCsv("alice,Alice\n".getBytes(StandardCharsets.UTF_8), false)))
                .isInstanceOfSatisfying(UserImportException.class, e -> assertThat(e.problems())
                        .allSatisfy(p -> assertThat(p.line()).isEqualTo(1)).isNotEmpty());
    }

    @Test
    void students_and_instructors_cannot_manage_users() {
        UserId someone = find("student2").id();
        for (String who : List.of("student", "instructor")) {
            assertThatThrownBy(() -> users.as(who, () -> admin.search(null, null, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(who, () -> admin.create(unique("x"), null, Role.ADMIN, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(who, () -> admin.setEnabled(someone, false))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(who, () -> admin.changeRole(someone, Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(who, () -> admin.resetPassword(someone, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(who, () -> admin.importCsv("username\nx-y-z\n".getBytes(StandardCharsets.UTF_8), false)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(find("student2").enabled()).isTrue();
    }
}
