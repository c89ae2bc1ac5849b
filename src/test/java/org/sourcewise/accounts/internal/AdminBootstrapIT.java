package org.sourcewise.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcewise.classes.RegistrationService;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.sourcewise.Application;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.accounts.UserSummary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts whole applications with real servlet containers, so it runs under Failsafe in its own JVM
 * (a real container installs Vaadin's security-context strategy JVM-wide).
 *
 * Outside demo mode the first admin comes from the environment, and no demo account exists. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapIT {

    /** Starts the app with these settings as command-line arguments, which beat application.properties. */
    private static ConfigurableApplicationContext start(String... settings) {
        // a setting given twice on the command line would be joined with a comma: later ones replace
        java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
        args.put("spring.datasource.url", "jdbc:h2:mem:boot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        args.put("server.port", "0");
        args.put("sourcewise.demo", "false");
        args.put("logging.level.root", "warn");
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            args.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        List<String> line = new ArrayList<>();
        args.forEach((k, v) -> line.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(Application.class).run(line.toArray(String[]::new));
    }

    @Test
    void without_demo_mode_and_without_admin_credentials_the_app_refuses_to_start_and_says_why() {
        assertThatThrownBy(() -> start("sourcewise.admin.username=", "sourcewise.admin.password=").close())
                .hasStackTraceContaining("No admin account exists and demo mode is off")
                .hasStackTraceContaining("SOURCEWISE_ADMIN_USERNAME");
    }

    @Test
    void without_demo_mode_the_first_admin_comes_from_the_environment_and_no_demo_account_exists() {
        try (ConfigurableApplicationContext context = start("sourcewise.admin.username=ada", "sourcewise.admin.password=a-long-secret")) {
            AccountService accounts = context.getBean(AccountService.class);
            var users = SystemTask.call(accounts::findAllUsers);
            assertThat(users).extracting(UserSummary::username).containsExactly("ada");
            assertThat(users).extracting(UserSummary::role).containsExactly(Role.ADMIN);
            assertThat(accounts.demoAccounts()).isEmpty();
        }
    }

    @Test
    void a_database_that_ran_in_demo_mode_switches_to_production(CapturedOutput output) {
        String database = "jdbc:h2:mem:switch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext demo = start("spring.datasource.url=" + database, "sourcewise.demo=true")) {
            RegistrationService registration = demo.getBean(RegistrationService.class);
            asVisitor(() -> registration.register("DEMO-2017", "kept-student", "Kept Student", "river-lamp-73"));
        }

        try (ConfigurableApplicationContext production = start("spring.datasource.url=" + database, "sourcewise.demo=false",
                "sourcewise.admin.username=ada", "sourcewise.admin.password=a-long-secret")) {
            UserDetailsService users = production.getBean(UserDetailsService.class);
            PasswordEncoder passwords = production.getBean(PasswordEncoder.class);

            for (String demoUser : List.of("admin", "instructor", "student")) {
                assertThat(users.loadUserByUsername(demoUser).isEnabled()).as(demoUser).isFalse();
            }
            UserDetails kept = users.loadUserByUsername("kept-student");
            assertThat(kept.isEnabled()).isTrue();
            assertThat(passwords.matches("river-lamp-73", kept.getPassword())).isTrue();
            UserDetails ada = users.loadUserByUsername("ada");
            assertThat(ada.isEnabled()).isTrue();
            assertThat(ada.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");

            RegistrationService registration = production.getBean(RegistrationService.class);
            assertThat(asVisitor(() -> registration.classNameFor("DEMO-2017"))).isEmpty();
            assertThat(production.getBean(AccountService.class).demoAccounts()).isEmpty();
        }
        assertThat(output.getAll()).contains("Demo account 'admin' disabled: demo mode is off",
                "no active admin existed: admin 'ada' created", "the demo join code DEMO-2017 no longer opens class");
    }

    private static <T> T asVisitor(java.util.concurrent.Callable<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
