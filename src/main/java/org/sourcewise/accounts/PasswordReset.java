package org.sourcewise.accounts;

/** A password an admin reset: the generated one to pass on (shown once), or null when the admin typed it. */
public record PasswordReset(UserId user, String generatedPassword) {
}
