package org.sourcewise.accounts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV import did, or would do on a dry run: one row per user, with the password that was
 * generated for a row that gave none (shown once, never stored in clear; null on a dry run or when
 * the file gave one).
 */
public record UserImport(boolean dryRun, List<Row> rows) {

    public record Row(int line, String username, String displayName, Role role, @Nullable String generatedPassword) {
    }
}
