package org.sourcewise.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security holds it; carries the id so services need no lookup. */
public record AccountPrincipal(UserId id, String username, String displayName, Role role, String password,
                               boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never let the hash reach a log line or a serialised session. */
    @Override
    public String toString() {
        return "AccountPrincipal[" + username + ", " + role + "]";
    }
}
