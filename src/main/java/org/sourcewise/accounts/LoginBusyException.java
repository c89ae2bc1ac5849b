package org.sourcewise.accounts;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A login that waited its turn to have its password checked for longer than the server allows, while
 * many others were being checked (the first minutes of an exam). Its password was never looked at, so
 * the person is told the server is busy and to try again, never that the password was wrong.
 */
public final class LoginBusyException extends AuthenticationServiceException {

    public LoginBusyException() {
        super("The server is busy checking other logins; try again in a few seconds.");
    }
}
