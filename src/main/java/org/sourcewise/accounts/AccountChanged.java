package org.sourcewise.accounts;

import org.jspecify.annotations.Nullable;

/**
 * An admin changed an account; published inside the change's transaction so that a listener (the
 * audit log) saves its record with the change or not at all. Never carries a password.
 *
 * @param target "user:USERNAME"
 */
public record AccountChanged(Kind kind, String target, @Nullable String detail) {

    public enum Kind { CREATED, IMPORTED, ROLE_CHANGED, DEACTIVATED, REACTIVATED, PASSWORD_RESET }
}
