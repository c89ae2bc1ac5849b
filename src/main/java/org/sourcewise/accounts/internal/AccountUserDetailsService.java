package org.sourcewise.accounts.internal;

import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.UserId;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for login (form and HTTP Basic); Spring Security calls it before anyone is known. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .map(u -> new AccountPrincipal(new UserId(u.getId()), u.getUsername(), u.getDisplayName(), u.getRole(),
                        u.getPasswordHash(), u.isEnabled()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
