package org.sourcewise.classes;

import java.time.Instant;
import org.sourcewise.accounts.UserId;

/** A student of a class as its instructor sees them: how and when they joined. */
public record RosterEntry(UserId userId, String username, String displayName, boolean joinedByCode, Instant joinedAt) {
}
