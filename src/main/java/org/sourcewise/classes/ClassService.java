package org.sourcewise.classes;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.classes.internal.AssignmentRepository;
import org.sourcewise.classes.internal.ClassMemberEntity;
import org.sourcewise.classes.internal.ClassMemberEntity.MemberRole;
import org.sourcewise.classes.internal.ClassMemberRepository;
import org.sourcewise.classes.internal.SchoolClassEntity;
import org.sourcewise.classes.internal.SchoolClassRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes and their assignments, as the caller may see them: a student sees the classes they are in,
 * an instructor the classes they teach, an admin all.
 */
@Service
@Transactional(readOnly = true)
public class ClassService {

    private final SchoolClassRepository classes;
    private final ClassMemberRepository members;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;

    ClassService(SchoolClassRepository classes, ClassMemberRepository members, AssignmentRepository assignments,
                 CurrentUser currentUser) {
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ClassInfo> myClasses() {
        AccountPrincipal me = currentUser.require();
        List<SchoolClassEntity> visible = me.role() == Role.ADMIN
                ? classes.findAll()
                : classes.findByIdInOrderByName(members.findByUserId(me.id().value()).stream().map(ClassMemberEntity::getClassId).toList());
        boolean staff = me.role() != Role.STUDENT;
        return visible.stream().map(c -> info(c, staff)).toList();
    }

    /** The assignments of every class the calling student is in, soonest due first. */
    @RolesAllowed("STUDENT")
    public List<AssignmentInfo> myAssignments() {
        Map<Long, SchoolClassEntity> mine = classes.findByIdInOrderByName(members.findByUserId(currentUser.id().value()).stream()
                .map(ClassMemberEntity::getClassId).toList()).stream()
                .collect(Collectors.toMap(SchoolClassEntity::getId, Function.identity()));
        return assignments.findByClassIdInOrderByDueAt(mine.keySet()).stream()
                .map(a -> new AssignmentInfo(a.getId(), a.getClassId(), mine.get(a.getClassId()).getName(), a.getQuizId(),
                        a.getLessonId(), a.getDueAt()))
                .toList();
    }

    /**
     * A class the caller teaches (any class, for an admin); empty when there is no such class.
     *
     * @throws AccessDeniedException for an instructor who does not teach it
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Optional<ClassInfo> teachingClass(long classId) {
        Optional<SchoolClassEntity> found = classes.findById(classId);
        found.ifPresent(c -> requireTeaches(c.getId()));
        return found.map(c -> info(c, true));
    }

    /** The students of a class the caller teaches (any class, for an admin). */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<UserId> roster(long classId) {
        requireTeaches(classId);
        return members.findByClassIdAndRole(classId, MemberRole.STUDENT).stream().map(m -> new UserId(m.getUserId())).toList();
    }

    /** The assignments of a class the caller teaches (any class, for an admin), soonest due first. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<AssignmentInfo> assignments(long classId) {
        SchoolClassEntity c = classes.findById(classId).orElseThrow(() -> new AccessDeniedException("no such class"));
        requireTeaches(classId);
        return assignments.findByClassIdOrderByDueAt(classId).stream()
                .map(a -> new AssignmentInfo(a.getId(), a.getClassId(), c.getName(), a.getQuizId(), a.getLessonId(), a.getDueAt()))
                .toList();
    }

    /**
     * The classes the caller teaches (all, for an admin) with their assignments, for views and calls
     * that span classes; a fixed number of queries however many classes there are.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<ClassInfo> teachingClasses() {
        AccountPrincipal me = currentUser.require();
        List<SchoolClassEntity> visible = me.role() == Role.ADMIN ? classes.findAll()
                : classes.findByIdInOrderByName(members.findByUserIdAndRole(me.id().value(), MemberRole.INSTRUCTOR).stream()
                        .map(ClassMemberEntity::getClassId).toList());
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = members.countByClassIdInAndRole(visible.stream().map(SchoolClassEntity::getId).toList(),
                MemberRole.STUDENT).stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return visible.stream()
                .sorted(java.util.Comparator.comparing(SchoolClassEntity::getName, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new ClassInfo(c.getId(), c.getName(), c.getCourseId(), c.getJoinCode(),
                        counts.getOrDefault(c.getId(), 0L).intValue()))
                .toList();
    }

    /** The assignments of every class the caller teaches (all, for an admin). */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<AssignmentInfo> teachingAssignments() {
        Map<Long, ClassInfo> mine = teachingClasses().stream().collect(Collectors.toMap(ClassInfo::id, Function.identity()));
        return mine.isEmpty() ? List.of() : assignments.findByClassIdInOrderByDueAt(mine.keySet()).stream()
                .map(a -> new AssignmentInfo(a.getId(), a.getClassId(), mine.get(a.getClassId()).name(), a.getQuizId(),
                        a.getLessonId(), a.getDueAt()))
                .toList();
    }

    private void requireTeaches(long classId) {
        AccountPrincipal me = currentUser.require();
        if (me.role() != Role.ADMIN && !members.existsByClassIdAndUserIdAndRole(classId, me.id().value(), MemberRole.INSTRUCTOR)) {
            throw new AccessDeniedException("you do not teach this class");
        }
    }

    private ClassInfo info(SchoolClassEntity c, boolean staff) {
        int students = (int) members.findByClassId(c.getId()).stream().filter(m -> m.getRole() == MemberRole.STUDENT).count();
        return new ClassInfo(c.getId(), c.getName(), c.getCourseId(), staff ? c.getJoinCode() : null, students);
    }
}
