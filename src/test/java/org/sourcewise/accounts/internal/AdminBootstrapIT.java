package org.sourcewise.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
class AdminBootstrapIT {

    /** Starts the app with these settings as command-line arguments, which beat application.properties. */
    private static ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:boot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--server.port=0", "--sourcewise.demo=false", "--logging.level.root=warn"));
        for (String setting : settings) {
            args.add("--" + setting);
        }
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
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
}
