package org.sourcewise.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sourcewise.accounts.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    long countByRoleAndEnabledTrue(Role role);

    List<UserAccount> findByUsernameContainingIgnoreCase(String text);

    /** Users whose sessions were ended since {@code since}, with when: what every node checks its sessions against. */
    @org.springframework.data.jpa.repository.Query("select new org.sourcewise.accounts.internal.SessionsEnded(u.id, u.sessionsEndedAt)"
            + " from UserAccount u where u.sessionsEndedAt > :since")
    List<SessionsEnded> findSessionsEndedSince(java.time.Instant since);
}
