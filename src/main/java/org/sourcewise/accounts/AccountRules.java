package org.sourcewise.accounts;

/**
 * The rules an account's fields follow, in one place for every way an account is made or changed
 * (registration, an admin's form, a CSV import, a password reset, the first admin at start-up), and
 * the forms' hints.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_NAME = 120;

    private AccountRules() {
    }

    /** What is wrong with a password someone chose, or null when nothing is. */
    public static String passwordProblem(String password) {
        return password == null || password.length() < MIN_PASSWORD
                ? "A password has at least " + MIN_PASSWORD + " characters." : null;
    }

    /** What is wrong with a display name, or null when nothing is. */
    public static String nameProblem(String shown) {
        return shown.length() > MAX_NAME ? "A name has at most " + MAX_NAME + " characters." : null;
    }
}
