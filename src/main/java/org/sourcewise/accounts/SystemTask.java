package org.sourcewise.accounts;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work as the system, so that method security stays on for every
 * service call: the system is an admin that no one can log in as. Not for use inside a browser
 * request: there Vaadin's security-context strategy reads the login from the Vaadin session, so the
 * system's context set here is not the one method security sees (an invitation page once failed so).
 */
public final class SystemTask {

    public static final String SYSTEM = "system";

    private SystemTask() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        var principal = new AccountPrincipal(new UserId(0), SYSTEM, "Sourcewise", Role.ADMIN, "", false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()), new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
