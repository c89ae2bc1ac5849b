package org.sourcewise.accounts.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends the sign-in with the page. With {@code vaadin.closeIdleSessions} Vaadin closes a browser session
 * that has seen no use (heartbeats do not count) for the session timeout, but the HTTP session under
 * it, which holds the login, lived on: an unattended tab reloaded straight back into the app. When
 * Vaadin lets its session go, the HTTP session goes too, so the next click lands on the login page.
 */
@Component
class IdleSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSessions.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession http = destroyed.getSession().getSession();
            if (http == null) {
                return;
            }
            try {
                http.invalidate();
                log.debug("Browser session {} ended with its Vaadin session", http.getId());
            } catch (IllegalStateException alreadyGone) {
                // the HTTP session timed out or was logged out first: nothing left to end
            }
        });
    }
}
