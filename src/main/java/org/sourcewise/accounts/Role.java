package org.sourcewise.accounts;

/** A user's single role; Spring Security sees it as the authority {@code ROLE_<name>}. */
public enum Role {
    STUDENT, INSTRUCTOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
