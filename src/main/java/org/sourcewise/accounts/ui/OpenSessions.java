package org.sourcewise.accounts.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.sourcewise.accounts.AccountChanged;
import org.sourcewise.accounts.AccountPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a deactivated user's open browser sessions, and those of a user whose role changed, since a
 * session keeps the role it logged in with (docs/admin.md, "Deactivate", "Change role").
 *
 * <p>Spring Security's {@link SessionRegistry} (kept in memory, filled at each form login, emptied as
 * sessions end) knows every logged-in browser session. Once a deactivation is committed, this marks
 * the user's sessions expired; on the session's next request Spring's {@code ConcurrentSessionFilter}
 * (an in-memory lookup per request, no database) logs it out, which invalidates the HTTP session and
 * with it the Vaadin session, and then asks {@link #onExpiredSessionDetected} for the answer: to a
 * Vaadin request from an open page (a click, a saved answer, a heartbeat) Vaadin's own "session
 * expired" message, on which the page reloads and the login view shows; to any other request a
 * redirect to the login view. What the click would have done is not done.
 */
@Component
class OpenSessions implements SessionInformationExpiredStrategy {

    private final SessionRegistry registry;
    private final RequestUtil requests;

    OpenSessions(SessionRegistry registry, RequestUtil requests) {
        this.registry = registry;
        this.requests = requests;
    }

    @TransactionalEventListener
    void accountChanged(AccountChanged change) {
        // a session keeps the role it logged in with: after a role change the user logs in again
        boolean ends = change.kind() == AccountChanged.Kind.DEACTIVATED || change.kind() == AccountChanged.Kind.ROLE_CHANGED;
        if (ends && change.target().startsWith("user:")) { // not shown
            endSessionsOf(change.target().substring("user:".length())); // not shown
        }
    }

    /** Marks every open session of the user expired; returns how many there were. */
    int endSessionsOf(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal p && p.username().equalsIgnoreCase(username)) {
                for (SessionInformation session : registry.getAllSessions(p, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (requests.isFrameworkInternalRequest(request)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache, no-store"); // not shown
            response.getOutputStream().write(VaadinService.createSessionExpiredJSON(false).getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }
}
