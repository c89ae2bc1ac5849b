package org.sourcewise;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Failsafe runs several servers in one JVM, one per test configuration, and each one that starts sets
 * Spring Security's JVM-wide context holder to its own Vaadin-aware strategy. A server started earlier
 * then writes the caller's login where its method security no longer looks ("An Authentication object
 * was not found"). Tests against a server call {@link #use} first, so that its own strategy is in force.
 */
public final class ServerSecurityContext {

    private ServerSecurityContext() {
    }

    public static void use(ApplicationContext server) {
        SecurityContextHolder.setContextHolderStrategy(server.getBean(VaadinAwareSecurityContextHolderStrategy.class));
    }
}
