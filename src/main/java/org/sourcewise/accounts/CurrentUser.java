package org.sourcewise.accounts;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, read from the security context. Services use it for ownership checks; a call
 * without a logged-in user is refused rather than treated as anyone in particular.
 */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AccountPrincipal require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no logged-in user"));
    }

    public UserId id() {
        return require().id();
    }

    public boolean is(Role role) {
        return find().map(p -> p.role() == role).orElse(false);
    }

    /** Throws unless the caller is the given user or an admin. */
    public void requireSelfOrAdmin(UserId owner) {
        AccountPrincipal principal = require();
        if (!principal.id().equals(owner) && principal.role() != Role.ADMIN) {
            throw new AccessDeniedException("this record belongs to another user");
        }
    }
}
