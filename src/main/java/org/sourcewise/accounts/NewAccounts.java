package org.sourcewise.accounts;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.sourcewise.accounts.internal.UserAccount;
import org.sourcewise.accounts.internal.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes accounts for {@link AccountService} and {@link UserAdminService}: checks the fields with Bean
 * Validation ({@link AccountFields}) and that the username is free, then stores the account with its
 * password hashed. Callers check who may do it; this runs inside their transaction.
 */
@Component
class NewAccounts {

    private final Validator validator;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    NewAccounts(Validator validator, UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.validator = validator;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Every problem of the fields, in form order, each as its field and message. */
    List<AccountException> problems(AccountFields fields) {
        return validator.validate(fields).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<AccountFields> v) -> AccountFields.ORDER.indexOf(field(v)))
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> new AccountException(field(v), refusal(v)))
                .toList();
    }

    /**
     * A violation as words: Bean Validation's messages are English, so each field's rule is named by
     * its key (a password by what {@link AccountRules#passwordRefusal} finds wrong with it).
     */
    private static Refusal refusal(ConstraintViolation<?> v) {
        Refusal refusal = switch (field(v)) {
            case "username" -> AccountRules.usernameRule();
            case "displayName" -> v.getInvalidValue() instanceof String name ? AccountRules.nameRefusal(name) : null;
            case "password" -> AccountRules.passwordRefusal(v.getInvalidValue() instanceof String password ? password : null);
            default -> null;
        };
        return refusal != null ? refusal : Refusal.of("accounts.rule.other", v.getMessage());
    }

    /** Refuses the first problem with its field, or a taken username; otherwise stores the account. */
    UserAccount create(AccountFields fields, Role role) {
        List<AccountException> problems = problems(fields);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        if (taken(fields.username())) {
            throw new AccountException("username", "accounts.refused.username-taken", fields.username());
        }
        return store(fields, role);
    }

    boolean taken(String username) {
        return users.existsByUsernameIgnoreCase(username);
    }

    /** Stores fields already checked (a CSV import checks every line first). */
    UserAccount store(AccountFields fields, Role role) {
        // Spring's encoder answers null only for a null password, and the fields hold none
        String hash = java.util.Objects.requireNonNull(passwordEncoder.encode(fields.password()));
        return users.save(new UserAccount(fields.username(), hash, fields.displayName(), role, clock.instant()));
    }

    /** A password alone, as a reset sets it: the first problem, or none. */
    void checkPassword(String password) {
        validator.validateValue(AccountFields.class, "password", password).stream().findFirst().ifPresent(v -> {
            throw new AccountException("password", refusal(v));
        });
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        return path.isEmpty() ? "account" : path;
    }
}
