package org.sourcewise.classes.internal;

import java.util.Set;
import org.sourcewise.accounts.UserId;
import org.sourcewise.quizzes.StaffScope;
import org.springframework.stereotype.Component;

/** An instructor may see the attempts of the students in the classes they teach. */
@Component
class ClassStaffScope implements StaffScope {

    private final ClassMemberRepository members;

    ClassStaffScope(ClassMemberRepository members) {
        this.members = members;
    }

    @Override
    public Set<Long> studentsTaughtBy(UserId instructor) {
        return Set.copyOf(members.findStudentsTaughtBy(instructor.value(), ClassMemberEntity.MemberRole.INSTRUCTOR,
                ClassMemberEntity.MemberRole.STUDENT));
    }
}
