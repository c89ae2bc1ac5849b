package org.sourcewise.accounts.ui;

import org.sourcewise.accounts.Role;
import org.sourcewise.browser.ui.Words;

/** A role's name as the accounts' pages show it ("student"), in the page's language. */
final class RoleWords {

    private RoleWords() {
    }

    static String of(Role role) {
        return switch (role) {
            case STUDENT -> Words.of("accounts.role.student");
            case INSTRUCTOR -> Words.of("accounts.role.instructor");
            case ADMIN -> Words.of("accounts.role.admin");
        };
    }
}
