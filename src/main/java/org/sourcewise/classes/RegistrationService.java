package org.sourcewise.classes;

import java.time.Clock;
import org.sourcewise.accounts.AccountException;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.classes.internal.ClassMemberEntity;
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

    RegistrationService(SchoolClassRepository classes, ClassMemberRepository members, AccountService accounts, Clock clock) {
        this.classes = classes;
        this.members = members;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The class a join code opens, for the form to show before the visitor commits. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<String> classNameFor(String joinCode) {
        return joinCode == null ? java.util.Optional.empty()
                : classes.findByJoinCodeIgnoreCase(joinCode.strip()).map(SchoolClassEntity::getName);
    }

    /** Creates the student account and enrols it; all or nothing. */
    @PreAuthorize("isAnonymous()")
    @Transactional
    public UserSummary register(String joinCode, String username, String displayName, String password) {
        if (joinCode == null || joinCode.isBlank()) {
            throw new RegistrationException("joinCode", "Enter the join code your instructor gave you.");
        }
        SchoolClassEntity schoolClass = classes.findByJoinCodeIgnoreCase(joinCode.strip())
                .orElseThrow(() -> new RegistrationException("joinCode",
                        "No class has the join code '" + joinCode.strip() + "'. Check it with your instructor."));
        UserSummary student;
        try {
            student = accounts.registerStudent(username, displayName, password);
        } catch (AccountException e) {
            throw new RegistrationException(e.field(), e.getMessage());
        }
        members.save(new ClassMemberEntity(schoolClass.getId(), student.id().value(), ClassMemberEntity.MemberRole.STUDENT,
                clock.instant(), true));
        return student;
    }
}
