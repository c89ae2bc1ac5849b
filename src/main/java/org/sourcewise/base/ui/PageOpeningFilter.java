package org.sourcewise.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sourcewise.base.HeavyWorkLane;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opening a page ({@code v-r=init}: a new UI, its layout and view built and sent whole) goes through
 * the {@link HeavyWorkLane}; the many small requests of pages already open (an answer saved, a
 * button clicked) do not wait for it.
 */
@Component
class PageOpeningFilter extends OncePerRequestFilter {

    private final HeavyWorkLane lane;

    PageOpeningFilter(HeavyWorkLane lane) {
        this.lane = lane;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return !"GET".equals(request.getMethod()) || query == null || !(query.startsWith("v-r=init") || query.contains("&v-r=init"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            lane.call(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new Wrapped(e);
                }
                return null;
            });
        } catch (Wrapped wrapped) {
            if (wrapped.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) wrapped.getCause();
        }
    }

    /** Carries a checked exception out of the lane's supplier. */
    private static final class Wrapped extends RuntimeException {
        Wrapped(Exception cause) {
            super(cause);
        }
    }
}
