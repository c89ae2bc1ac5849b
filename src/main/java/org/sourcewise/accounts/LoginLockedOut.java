package org.sourcewise.accounts;

import java.time.Instant;

/**
 * Failed logins crossed a limit and further logins are refused until {@code until}: either for one
 * account ({@link Scope#ACCOUNT}, {@code subject} is the username as typed, lower case) or for one
 * client address ({@link Scope#ADDRESS}). Published once per lock-out, so the audit log gets one entry
 * for it however many refused tries follow.
 */
public record LoginLockedOut(Scope scope, String subject, Instant until, int failures) {

    public enum Scope { ACCOUNT, ADDRESS }
}
