package org.sourcewise.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a new account is made of, as it will be stored (username stripped, the name defaulted, a blank
 * password already replaced by a generated one), with the rules each field follows. Every way an
 * account is made (registration, the admin's form, a CSV line, the first admin) validates this one
 * record, so a rule is stated once.
 */
public record AccountFields(
        @NotNull(message = AccountRules.USERNAME_RULE)
        @Pattern(regexp = AccountRules.USERNAME, message = AccountRules.USERNAME_RULE) String username,
        @Size(max = AccountRules.MAX_NAME, message = "A name has at most {max} characters.") String displayName,
        @AcceptablePassword String password) {

    /** The fields in the order a form shows them, so the first problem named is the first one met. */
    static final java.util.List<String> ORDER = java.util.List.of("username", "displayName", "password");

    /** A form's input made ready: the username stripped, the name defaulting to the username. */
    public static AccountFields of(@org.jspecify.annotations.Nullable String username,
                                   @org.jspecify.annotations.Nullable String displayName, String password) {
        String name = username == null ? "" : username.strip();
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        return new AccountFields(name, shown, password);
    }
}
