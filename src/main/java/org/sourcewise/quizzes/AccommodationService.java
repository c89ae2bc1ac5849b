package org.sourcewise.quizzes;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditLog;
import org.sourcewise.quizzes.internal.AccommodationEntity;
import org.sourcewise.quizzes.internal.AccommodationRepository;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.rules.Accommodation;
import org.sourcewise.quizzes.rules.AttemptAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accommodations (issue 18): an instructor of a class, or an admin, gives students of that class more
 * time, a later close or more attempts on a quiz assigned to them, and gives an open attempt the
 * minutes a fault took from it. Each change goes to the audit log. How an accommodation changes the
 * rules is {@link org.sourcewise.quizzes.rules.QuizRules#accommodated}'s alone.
 */
@Service
public class AccommodationService {

    /** The most minutes one give-back may add. */
    public static final int MAX_MINUTES_BACK = 240;

    private final AccommodationRepository accommodations;
    private final AttemptRepository attempts;
    private final QuizRepository quizzes;
    private final StaffScope scope;
    private final StaffAccess staff;
    private final QuizAccessPolicy access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AccommodationService(AccommodationRepository accommodations, AttemptRepository attempts, QuizRepository quizzes, StaffScope scope,
                         StaffAccess staff, QuizAccessPolicy access, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.accommodations = accommodations;
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.scope = scope;
        this.staff = staff;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The accommodations on a quiz of the students of a class, by student id. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public Map<Long, Accommodation> inClass(long classId, long quizId) {
        requireStaffOf(classId);
        Map<Long, Accommodation> byStudent = new LinkedHashMap<>();
        accommodations.findByQuizIdAndStudentIdIn(quizId, scope.studentsIn(classId))
                .forEach(a -> byStudent.put(a.getStudentId(), a.accommodation()));
        return byStudent;
    }

    /**
     * Gives these students of the class the accommodation on the quiz, replacing what they had;
     * {@link Accommodation#NONE} withdraws it. All or nothing: one student who is not in the class, or
     * who does not take the quiz, refuses the whole change. Attempts already started keep their deadline
     * (give them minutes back for that).
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public void grant(long classId, long quizId, Collection<Long> studentIds, Accommodation accommodation) {
        requireStaffOf(classId);
        if (studentIds.isEmpty()) {
            throw new AccommodationException("quizzes.accommodation.no-student");
        }
        quizzes.findById(quizId).orElseThrow(() -> new AccessDeniedException("no such quiz"));
        Set<Long> students = scope.studentsIn(classId);
        for (long id : studentIds) {
            if (!students.contains(id) || !access.mayTake(new UserId(id), quizId)) {
                throw new AccommodationException("quizzes.accommodation.not-in-class", String.valueOf(id));
            }
        }
        Instant now = clock.instant();
        for (long id : studentIds) {
            String target = "quiz:" + quizId + "/student:" + id;
            var key = new AccommodationEntity.Key(quizId, id);
            if (accommodation.isNone()) {
                if (accommodations.existsById(key)) {
                    accommodations.deleteById(key);
                    audit.record(AuditAction.ACCOMMODATION_WITHDRAWN, target, null);
                }
            } else {
                accommodations.save(new AccommodationEntity(quizId, id, accommodation, currentUser.id().value(), now));
                audit.record(AuditAction.ACCOMMODATION_GRANTED, target, describe(accommodation));
            }
        }
    }

    /**
     * Gives an open timed attempt minutes back, for time a fault (network, power) took from it; only
     * staff who may grade the attempt. Returns the new deadline.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public Instant giveTimeBack(long attemptId, int minutes) {
        AttemptEntity attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        if (!AttemptAccess.mayGrade(staff.viewer(), attempt.getClassId())) {
            throw new AccessDeniedException("this attempt belongs to a class you do not teach");
        }
        if (minutes < 1 || minutes > MAX_MINUTES_BACK) {
            throw new AccommodationException("quizzes.accommodation.minutes-back", MAX_MINUTES_BACK, minutes);
        }
        if (attempt.getState() != AttemptState.IN_PROGRESS || attempt.getDeadline() == null) {
            throw new AccommodationException("quizzes.accommodation.timed-open-only");
        }
        attempt.extendDeadline(Duration.ofMinutes(minutes));
        Instant deadline = java.util.Objects.requireNonNull(attempt.getDeadline());
        audit.record(AuditAction.TIME_GIVEN_BACK, "attempt:" + attemptId, minutes + " min; deadline now " + deadline);
        return deadline;
    }

    /** A student's accommodation on a quiz, for the start page and the start (no access check: callers own it). */
    Accommodation of(long quizId, long studentId) {
        return accommodations.findById(new AccommodationEntity.Key(quizId, studentId))
                .map(AccommodationEntity::accommodation).orElse(Accommodation.NONE);
    }

    private void requireStaffOf(long classId) {
        AccountPrincipal me = currentUser.require();
        if (me.role() != Role.ADMIN && !scope.classesTaughtBy(me.id()).contains(classId)) {
            throw new AccessDeniedException("you do not teach this class");
        }
    }

    private static String describe(Accommodation a) {
        StringBuilder text = new StringBuilder();
        if (a.extraTimePercent() > 0) {
            text.append("+").append(a.extraTimePercent()).append("% time; ");
        }
        if (a.extraMinutes() > 0) {
            text.append("+").append(a.extraMinutes()).append(" min; ");
        }
        if (a.closeAt() != null) {
            text.append("closes ").append(a.closeAt()).append("; ");
        }
        if (a.extraAttempts() > 0) {
            text.append("+").append(a.extraAttempts()).append(" attempts; ");
        }
        return text.toString().replaceAll("; $", "");
    }
}
