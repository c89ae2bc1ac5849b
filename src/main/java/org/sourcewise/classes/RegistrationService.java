package org.sourcewise.classes;

import java.time.Clock;
import org.sourcewise.accounts.AccountException;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.UserSummary;
import org.jspecify.annotations.Nullable;
import org.sourcewise.base.ClientAddress;
import org.sourcewise.classes.internal.ClassMemberEntity;
import org.sourcewise.classes.internal.JoinCodeGuard;
import org.sourcewise.classes.internal.ClassMemberRepository;
import org.sourcewise.classes.internal.SchoolClassEntity;
import org.sourcewise.classes.internal.SchoolClassRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration: a visitor with a valid class join code gets a student account and lands in that
 * class. Without a valid code there is no account: students never float outside a class.
 */
@Service
public class RegistrationService {

    private final SchoolClassRepository classes;
    private final ClassMemberRepository members;
    private final AccountService accounts;
    private final Clock clock;
    private final JoinCodeGuard guard;

    /** How long to tell an address that tried too many wrong codes to wait. */
    private static final int WAIT_MINUTES = 10;

    RegistrationService(SchoolClassRepository classes, ClassMemberRepository members, AccountService accounts, Clock clock,
                        JoinCodeGuard guard) {
        this.guard = guard;
        this.classes = classes;
        this.members = members;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The class a join code opens, for the form to show before the visitor commits. Empty for a wrong
     * code, and for any code once the visitor's address has tried too many wrong ones ({@link JoinCodeGuard}).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<String> classNameFor(@Nullable String joinCode) {
        String address = ClientAddress.current();
        if (joinCode == null || joinCode.isBlank() || guard.lookupsPaused(address)) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> name = classes.findByJoinCodeIgnoreCase(joinCode.strip()).map(SchoolClassEntity::getName);
        if (name.isEmpty()) {
            guard.wrongCode(address);
        }
        return name;
    }

    /** Creates the student account and enrols it; all or nothing. */
    @PreAuthorize("isAnonymous()")
    @Transactional
    public UserSummary register(String joinCode, String username, String displayName, String password) {
        if (joinCode == null || joinCode.isBlank()) {
            throw new RegistrationException("joinCode", "classes.refused.join-code-missing");
        }
        String address = ClientAddress.current();
        if (guard.lookupsPaused(address)) {
            throw new RegistrationException("joinCode", "classes.refused.join-code-paused", WAIT_MINUTES);
        }
        if (guard.registrationsPaused(address)) {
            throw new RegistrationException("joinCode", "classes.refused.registrations-paused");
        }
        SchoolClassEntity schoolClass = classes.findByJoinCodeIgnoreCase(joinCode.strip()).orElse(null);
        if (schoolClass == null) {
            guard.wrongCode(address);
            throw new RegistrationException("joinCode", "classes.refused.join-code-wrong", joinCode.strip());
        }
        UserSummary student;
        try {
            student = accounts.registerStudent(username, displayName, password);
        } catch (AccountException e) {
            throw new RegistrationException(e.field(), e.refusal());
        }
        members.save(new ClassMemberEntity(schoolClass.getId(), student.id().value(), ClassMemberEntity.MemberRole.STUDENT,
                clock.instant(), true));
        guard.registered(address);
        return student;
    }
}
