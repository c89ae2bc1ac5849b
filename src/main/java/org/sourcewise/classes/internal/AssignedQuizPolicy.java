package org.sourcewise.classes.internal;

import java.util.Optional;
import org.sourcewise.accounts.UserId;
import org.sourcewise.quizzes.QuizAccessPolicy;
import org.springframework.stereotype.Component;

/** A student may take a quiz that is assigned to one of their classes; through the oldest such class. */
@Component
class AssignedQuizPolicy implements QuizAccessPolicy {

    private final ClassMemberRepository members;
    private final AssignmentRepository assignments;

    AssignedQuizPolicy(ClassMemberRepository members, AssignmentRepository assignments) {
        this.members = members;
        this.assignments = assignments;
    }

    @Override
    public Optional<Long> classThrough(UserId student, long quizId) {
        var classIds = members.findByUserId(student.value()).stream()
                .filter(m -> m.getRole() == ClassMemberEntity.MemberRole.STUDENT)
                .map(ClassMemberEntity::getClassId).toList();
        if (classIds.isEmpty()) {
            return Optional.empty();
        }
        return assignments.findByClassIdInOrderByDueAt(classIds).stream().filter(a -> Long.valueOf(quizId).equals(a.getQuizId()))
                .map(AssignmentEntity::getClassId).min(Long::compare);
    }
}
