package org.sourcewise.classes;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.UserId;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.classes.internal.ClassInvitationEntity;
import org.sourcewise.classes.internal.ClassInvitationRepository;
import org.sourcewise.classes.internal.ClassMemberEntity;
import org.sourcewise.classes.internal.ClassMemberRepository;
import org.sourcewise.classes.internal.SchoolClassEntity;
import org.sourcewise.classes.internal.SchoolClassRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to classes (docs/admin.md, "Who sees what"): an instructor who names an existing student
 * invites them ({@link ClassService#addStudent}), and the student joins only by accepting on their home
 * page, so no instructor can put someone else's account in a class of their own unasked. A student
 * sees and answers only their own invitations.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    private final ClassInvitationRepository invitations;
    private final ClassMemberRepository members;
    private final SchoolClassRepository classes;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    InvitationService(ClassInvitationRepository invitations, ClassMemberRepository members, SchoolClassRepository classes,
                      AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.invitations = invitations;
        this.members = members;
        this.classes = classes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's open invitations, oldest first. */
    @RolesAllowed("STUDENT")
    public List<Invitation> mine() {
        List<ClassInvitationEntity> open = invitations.findByUserIdOrderByInvitedAt(currentUser.id().value());
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, String> classNames = classes.findAllById(open.stream().map(ClassInvitationEntity::getClassId).toList()).stream()
                .collect(Collectors.toMap(SchoolClassEntity::getId, SchoolClassEntity::getName));
        return open.stream().map(i -> new Invitation(i.getId(), classNames.getOrDefault(i.getClassId(), "a class"),
                i.getInvitedByName(), i.getInvitedAt())).toList();
    }

    /** Joins the class of one of the caller's invitations. */
    @RolesAllowed("STUDENT")
    @Transactional
    public void accept(long invitationId) {
        ClassInvitationEntity invitation = mineOrRefuse(invitationId);
        if (!members.existsByClassIdAndUserId(invitation.getClassId(), invitation.getUserId())) {
            members.save(new ClassMemberEntity(invitation.getClassId(), invitation.getUserId(), ClassMemberEntity.MemberRole.STUDENT,
                    clock.instant(), false));
        }
        invitations.delete(invitation);
    }

    /** Declines one of the caller's invitations; the class never learns more than that it is gone. */
    @RolesAllowed("STUDENT")
    @Transactional
    public void decline(long invitationId) {
        invitations.delete(mineOrRefuse(invitationId));
    }

    /** Whether the student already has an open invitation to the class. */
    boolean invited(long classId, UserId student) {
        return invitations.existsByClassIdAndUserId(classId, student.value());
    }

    /** Invites a student on behalf of the caller; the caller's right to the class is checked by ClassService. */
    void invite(long classId, UserId student) {
        var me = currentUser.require();
        invitations.save(new ClassInvitationEntity(classId, student.value(), me.id().value(), me.displayName(), clock.instant()));
    }

    /** The open invitations of a class; the caller's right to the class is checked by ClassService. */
    List<PendingInvitation> pending(long classId) {
        List<ClassInvitationEntity> open = invitations.findByClassIdOrderByInvitedAt(classId);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, UserSummary> students = accounts.findAll(open.stream().map(i -> new UserId(i.getUserId())).toList()).stream()
                .collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
        return open.stream().filter(i -> students.containsKey(i.getUserId())).map(i -> {
            UserSummary s = Objects.requireNonNull(students.get(i.getUserId()));
            return new PendingInvitation(s.username(), s.displayName(), i.getInvitedAt());
        }).toList();
    }

    private ClassInvitationEntity mineOrRefuse(long invitationId) {
        return invitations.findById(invitationId).filter(i -> i.getUserId().equals(currentUser.id().value()))
                .orElseThrow(() -> new AccessDeniedException("no such invitation of yours"));
    }
}
