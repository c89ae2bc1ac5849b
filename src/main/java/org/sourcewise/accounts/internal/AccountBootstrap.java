package org.sourcewise.accounts.internal;

import java.time.Clock;
import java.util.Objects;
import org.sourcewise.accounts.AccountRules;
import org.sourcewise.accounts.DemoAccount;
import org.sourcewise.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can log in after start-up: the demo accounts in demo mode, otherwise the first
 * admin from SOURCEWISE_ADMIN_USERNAME / SOURCEWISE_ADMIN_PASSWORD. Outside demo mode the demo
 * accounts are disabled, so a database that once ran a demo cannot be entered with public passwords.
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final DemoAccounts demoAccounts;
    private final Clock clock;
    private final String adminUsername;
    private final String adminPassword;

    AccountBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, DemoAccounts demoAccounts, Clock clock,
                     @Value("${sourcewise.admin.username:}") String adminUsername,
                     @Value("${sourcewise.admin.password:}") String adminPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoAccounts = demoAccounts;
        this.clock = clock;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoAccounts.enabled()) {
            for (DemoAccount demo : demoAccounts.accounts()) {
                if (!users.existsByUsernameIgnoreCase(demo.username())) {
                    users.save(new UserAccount(demo.username(), hash(demo.password()),
                            demo.displayName(), demo.role(), clock.instant()));
                    log.info("Demo account '{}' ({}) created", demo.username(), demo.role());
                }
            }
            return;
        }
        disableDemoAccounts();
        // the demo's admin, now disabled, does not count: someone must be able to administer
        if (users.countByRoleAndEnabledTrue(Role.ADMIN) == 0) {
            createFirstAdmin();
        } else {
            log.info("Demo mode is off; {} active admin(s) exist, so SOURCEWISE_ADMIN_USERNAME is not used",
                    users.countByRoleAndEnabledTrue(Role.ADMIN));
        }
    }

    private void disableDemoAccounts() {
        for (DemoAccount demo : demoAccounts.accounts()) {
            users.findByUsernameIgnoreCase(demo.username())
                    .filter(UserAccount::isEnabled)
                    .filter(u -> passwordEncoder.matches(demo.password(), u.getPasswordHash()))
                    .ifPresent(u -> {
                        u.disable(clock.instant());
                        log.warn("Demo account '{}' disabled: demo mode is off", demo.username());
                    });
        }
    }

    private void createFirstAdmin() {
        if (adminUsername.isBlank() || adminPassword.isBlank()) {
            throw new IllegalStateException("No admin account exists and demo mode is off (sourcewise.demo=false). "
                    + "Set SOURCEWISE_ADMIN_USERNAME and SOURCEWISE_ADMIN_PASSWORD to create the first admin, "
                    + "or start with sourcewise.demo=true.");
        }
        if (users.existsByUsernameIgnoreCase(adminUsername.strip())) {
            throw new IllegalStateException("No active admin exists and demo mode is off, but the username '" + adminUsername.strip()
                    + "' in SOURCEWISE_ADMIN_USERNAME is taken (a demo account or a former user); choose another.");
        }
        String problem = AccountRules.passwordProblem(adminPassword);
        if (problem != null) {
            throw new IllegalStateException("SOURCEWISE_ADMIN_PASSWORD is not accepted: " + problem);
        }
        users.save(new UserAccount(adminUsername.strip(), hash(adminPassword), "Administrator",
                Role.ADMIN, clock.instant()));
        log.warn("Demo mode is off and no active admin existed: admin '{}' created from SOURCEWISE_ADMIN_USERNAME",
                adminUsername.strip());
    }

    /** Spring's encoder answers null only for a null password, and none is passed here. */
    private String hash(String clear) {
        return Objects.requireNonNull(passwordEncoder.encode(clear));
    }
}
