package org.sourcewise.accounts.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.internal.SessionsEnded;
import org.sourcewise.accounts.internal.UserAccountRepository;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends, on this node, the sessions of users whose sessions were ended on another node (issue 14): a
 * deactivation or a role change stores when ({@code app_user.sessions_ended_at}), and a session logged
 * in before that is marked expired here, so that Spring's {@code ConcurrentSessionFilter} logs it out
 * as it does for {@link OpenSessions} on the node where the change was made.
 *
 * <p>Cheap on the exam's hot path: the users ended in the last day are read in one query at most every
 * few seconds per node (not per request or per user), and a session's login time is an attribute set
 * on its first authenticated request. A session older than a day without a request has ended anyway
 * (the idle timeout is far shorter).
 */
// not a bean: Spring Boot would register a Filter bean for every request too, outside the security chain
class SessionsEndedElsewhere extends OncePerRequestFilter {

    static final String LOGGED_IN_AT = SessionsEndedElsewhere.class.getName() + ".loggedInAt";
    private static final Duration WINDOW = Duration.ofDays(1);

    private record Snapshot(Instant readAt, Map<Long, Instant> endedAt) {
    }

    private final SessionRegistry registry;
    private final UserAccountRepository users;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());

    SessionsEndedElsewhere(SessionRegistry registry, UserAccountRepository users, Clock clock, Duration refresh) {
        this.registry = registry;
        this.users = users;
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SessionInformation info = registry.getSessionInformation(session.getId());
            if (info != null && !info.isExpired() && info.getPrincipal() instanceof AccountPrincipal principal) {
                check(session, info, principal);
            }
        }
        chain.doFilter(request, response);
    }

    private void check(HttpSession session, SessionInformation info, AccountPrincipal principal) {
        Instant now = clock.instant();
        Object stored = session.getAttribute(LOGGED_IN_AT);
        Instant loggedInAt;
        if (stored instanceof Instant at) {
            loggedInAt = at;
        } else {
            loggedInAt = now;
            session.setAttribute(LOGGED_IN_AT, now);
        }
        Instant ended = endedAt(now).get(principal.id().value());
        if (ended != null && !ended.isBefore(loggedInAt)) {
            info.expireNow();
        }
    }

    private Map<Long, Instant> endedAt(Instant now) {
        Snapshot current = snapshot;
        if (now.isBefore(current.readAt().plus(refresh))) {
            return current.endedAt();
        }
        synchronized (this) {
            if (!now.isBefore(snapshot.readAt().plus(refresh))) {
                snapshot = new Snapshot(now, users.findSessionsEndedSince(now.minus(WINDOW)).stream()
                        .collect(Collectors.toMap(SessionsEnded::userId, SessionsEnded::at, (a, b) -> a.isAfter(b) ? a : b)));
            }
            return snapshot.endedAt();
        }
    }
}
