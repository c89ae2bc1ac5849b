package org.sourcewise.accounts;

import java.time.Instant;

/** A user as the admin console lists it: role and whether the account may log in. */
public record ManagedUser(UserId id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
