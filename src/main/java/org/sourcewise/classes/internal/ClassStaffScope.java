package org.sourcewise.classes.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.accounts.UserId;
import org.sourcewise.quizzes.StaffScope;
import org.springframework.stereotype.Component;

/** The classes an instructor teaches: those where they are a member with the instructor role. */
@Component
class ClassStaffScope implements StaffScope {

    private final ClassMemberRepository members;

    ClassStaffScope(ClassMemberRepository members) {
        this.members = members;
    }

    @Override
    public Set<Long> classesTaughtBy(UserId instructor) {
        return members.findByUserIdAndRole(instructor.value(), ClassMemberEntity.MemberRole.INSTRUCTOR).stream()
                .map(ClassMemberEntity::getClassId).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<Long> studentsIn(long classId) {
        return members.findByClassIdAndRole(classId, ClassMemberEntity.MemberRole.STUDENT).stream()
                .map(ClassMemberEntity::getUserId).collect(Collectors.toUnmodifiableSet());
    }
}
