package org.sourcewise.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search of the audit log; every part is optional. {@code text} matches target, detail or the
 * actor's username (case-insensitive, anywhere); {@code from} and {@code to} are whole days in the
 * server's zone, both included.
 */
public record AuditQuery(@Nullable String text, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
