package org.sourcewise.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as an admin reads it; {@code actor} is a username, or null for nobody known. */
public record AuditEntry(long id, Instant at, @Nullable String actor, String action, String target, @Nullable String detail) {
}
