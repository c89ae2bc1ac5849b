package org.sourcewise.accounts;

/** What other features may know of a user: never the password hash. */
public record UserSummary(UserId id, String username, String displayName, Role role) {
}
