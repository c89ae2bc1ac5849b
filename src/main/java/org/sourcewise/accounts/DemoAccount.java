package org.sourcewise.accounts;

/** A demo account as the login page lists it while demo mode is on. */
public record DemoAccount(String username, String password, String displayName, Role role) {

    @Override
    public String toString() {
        return "DemoAccount[" + username + ", " + role + "]";
    }
}
