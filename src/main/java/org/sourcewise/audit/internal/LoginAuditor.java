package org.sourcewise.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.sourcewise.accounts.AccountPrincipal;
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
 */
@Component
class LoginAuditor {

    private final AuditEntryRepository entries;
    private final Clock clock;

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
        entries.save(new AuditEntryEntity(clock.instant(), principal.id().value(), AuditAction.LOGIN,
                "user:" + principal.username(), channel()));
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
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

    /** "HTTP Basic (API) from 10.0.0.1" or "login form from ..."; the request is known to Spring's request filter. */
    private static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String via = request.getRequestURI() != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    ? "HTTP Basic (API)" : "login form";
            return via + " from " + request.getRemoteAddr();
        }
        return "no web request";
    }
}
