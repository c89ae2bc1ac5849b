package org.sourcewise.accounts;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A login refused without checking its password, because its account is locked or its address paused
 * after failed logins ({@link LoginLockedOut}). Its message is a wrong password's, so that the form and
 * the API say the same; the audit log leaves these out and records the lock-out once instead.
 */
public final class LoginRefusedException extends BadCredentialsException {

    public LoginRefusedException() {
        super("Bad credentials");
    }
}
