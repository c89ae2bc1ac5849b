package org.sourcewise.accounts;

import org.jspecify.annotations.Nullable;

/** A password an admin reset: the generated one to pass on (shown once), or null when the admin typed it. */
public record PasswordReset(UserId user, @Nullable String generatedPassword) {
}
