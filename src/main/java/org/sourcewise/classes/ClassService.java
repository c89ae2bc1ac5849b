package org.sourcewise.classes;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.classes.internal.AssignmentRepository;
import org.sourcewise.classes.internal.ClassMemberEntity;
import org.sourcewise.classes.internal.ClassMemberEntity.MemberRole;
import org.sourcewise.classes.internal.ClassMemberRepository;
import org.sourcewise.classes.internal.SchoolClassEntity;
import org.sourcewise.classes.internal.SchoolClassRepository;
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

    private ClassInfo info(SchoolClassEntity c, boolean staff) {
        int students = (int) members.findByClassId(c.getId()).stream().filter(m -> m.getRole() == MemberRole.STUDENT).count();
        return new ClassInfo(c.getId(), c.getName(), c.getCourseId(), staff ? c.getJoinCode() : null, students);
    }
}
