package org.sourcewise;

import java.util.concurrent.Callable;
import org.sourcewise.classes.RegistrationService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Fresh students for tests that change state, so that test classes sharing one database do not see
 * each other's attempts; and a way to act as a given user.
 */
@Component
public class TestUsers {

    private final RegistrationService registration;
    private final UserDetailsService users;

    TestUsers(RegistrationService registration, UserDetailsService users) {
        this.registration = registration;
        this.users = users;
    }

    /** Registers a new student in the demo class and returns the username. */
    public String newDemoStudent() {
        String username = Unique.name("learner");
        // outside any (mock) web request, so that the hundreds of test students are not all counted
        // against one address by the join-code limits (JoinCodeLimitsTest tests those)
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        try {
            as(null, () -> registration.register("DEMO-2017", username, "Test Learner", "test-password-1"));
        } finally {
            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(request);
        }
        return username;
    }

    /** Runs the work as the user (or as an anonymous visitor for null), then restores the context. */
    public <T> T as(String username, Callable<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (username == null) {
            context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            UserDetails user = users.loadUserByUsername(username);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
