package org.sourcewise.base;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being served (the browser's, or behind a proxy that
 * says so, the one the proxy names: README, "Behind a proxy"), for limits per address. Spring's
 * request filter knows the request for Vaadin's requests as for any other.
 */
public final class ClientAddress {

    /** What {@link #current()} answers outside a web request, where no limit per address applies. */
    public static final String NONE = "none";

    private ClientAddress() {
    }

    /** The client's address, or {@link #NONE} outside a web request (start-up, a scheduled job, a test). */
    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null ? NONE : address;
        }
        return NONE;
    }
}
