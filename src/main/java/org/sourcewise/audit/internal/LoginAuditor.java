package org.sourcewise.audit.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.LoginLockedOut;
import org.sourcewise.accounts.LoginBusyException;
import org.sourcewise.accounts.LoginRefusedException;
import org.sourcewise.audit.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records logins and failed logins, from the events Spring Security publishes for the browser's
 * login form and for HTTP Basic on the REST API alike. Runs before anyone is logged in, so it writes
 * the entry itself rather than through the method-secured {@link org.sourcewise.audit.AuditLog}.
 *
 * <p>The API is stateless: every request authenticates again. Of a user's successful API logins only
 * the first in each {@link #API_LOGIN_WINDOW} is recorded (docs/admin.md), so that a script calling the
 * API does not flood the log; failed logins and form logins are always recorded. Which users logged in
 * over the API lately is kept in memory, at most {@link #MAX_TRACKED} users for at most the window (a
 * restart, or an entry Caffeine let go, only means one more row).
 */
@Component
class LoginAuditor {

    /** A user's successful API logins are recorded at most once per this window. */
    static final Duration API_LOGIN_WINDOW = Duration.ofHours(1);

    /** At most this many users' last recorded API login are remembered. */
    static final int MAX_TRACKED = 10_000;

    private final AuditEntryRepository entries;
    private final Clock clock;
    // bounded; an entry older than the window is useless, so it goes then (a lost entry is one more row)
    private final Cache<Long, Instant> lastApiLogin = Caffeine.newBuilder().maximumSize(MAX_TRACKED)
            .expireAfterWrite(API_LOGIN_WINDOW).build();

    LoginAuditor(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth.getPrincipal() instanceof AccountPrincipal principal) || principal.id().value() <= 0) {
            return;
        }
        Instant now = clock.instant();
        boolean api = isApiRequest();
        if (api && !firstApiLoginInWindow(principal.id().value(), now)) {
            return;
        }
        entries.save(new AuditEntryEntity(now, principal.id().value(), AuditAction.LOGIN,
                "user:" + principal.username(), channel() + (api ? "; further API logins by this user within an hour are not recorded" : "")));
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginRefusedException) {
            return; // refused during a lock-out, which lockedOut recorded once
        }
        if (event.getException() instanceof LoginBusyException) {
            return; // not a failed login: its password was never checked, and a rush of them would add a write each
        }
        Authentication auth = event.getAuthentication();
        String name = auth == null ? "" : String.valueOf(auth.getName());
        String reason = switch (event.getException().getClass().getSimpleName()) {
            case "BadCredentialsException" -> "wrong username or password";
            case "DisabledException" -> "account deactivated";
            case "LockedException" -> "account locked";
            default -> event.getException().getClass().getSimpleName();
        };
        entries.save(new AuditEntryEntity(clock.instant(), null, AuditAction.LOGIN_FAILED, "user:" + name,
                reason + "; " + channel()));
    }

    /** One entry per lock-out, however many refused tries follow it. */
    @EventListener
    void lockedOut(LoginLockedOut lockout) {
        String target = (lockout.scope() == LoginLockedOut.Scope.ACCOUNT ? "user:" : "address:") + lockout.subject();
        entries.save(new AuditEntryEntity(clock.instant(), null, AuditAction.LOGIN_LOCKED_OUT, target,
                lockout.failures() + " failed logins; refused until " + lockout.until() + "; " + channel()));
    }

    /** Whether this API login is the user's first in the window, remembering it if so. */
    boolean firstApiLoginInWindow(long userId, Instant now) {
        boolean[] first = {false};
        lastApiLogin.asMap().compute(userId, (id, last) -> {
            if (last == null || !now.isBefore(last.plus(API_LOGIN_WINDOW)) || now.isBefore(last)) {
                first[0] = true;
                return now;
            }
            return last;
        });
        return first[0];
    }

    /** How many users' API logins are remembered now (for tests). */
    int tracked() {
        lastApiLogin.cleanUp();
        return (int) lastApiLogin.estimatedSize();
    }

    private static boolean isApiRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRequestURI() != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }
        return false;
    }

    /** "HTTP Basic (API) from 10.0.0.1" or "login form from ..."; the request is known to Spring's request filter. */
    private static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return (isApiRequest() ? "HTTP Basic (API)" : "login form") + " from " + request.getRemoteAddr();
        }
        return "no web request";
    }
}
