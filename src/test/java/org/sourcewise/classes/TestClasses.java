package org.sourcewise.classes;

import org.sourcewise.Unique;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.classes.internal.AssignmentEntity;
import org.sourcewise.classes.internal.AssignmentRepository;
import org.sourcewise.classes.internal.ClassMemberEntity;
import org.sourcewise.classes.internal.ClassMemberRepository;
import org.sourcewise.classes.internal.SchoolClassEntity;
import org.sourcewise.classes.internal.SchoolClassRepository;
import org.sourcewise.TestUsers;
import org.springframework.stereotype.Component;

/**
 * Classes of their own for tests that read results, so that attempts other test classes make in the
 * shared demo class do not reach them: a new instructor teaching a new class.
 */
@Component
public class TestClasses {

    private final SchoolClassRepository classes;
    private final ClassMemberRepository members;
    private final AssignmentRepository assignments;
    private final AccountService accounts;
    private final TestUsers users;
    private final Clock clock;

    TestClasses(SchoolClassRepository classes, ClassMemberRepository members, AssignmentRepository assignments,
                AccountService accounts, TestUsers users, Clock clock) {
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    public record TestClass(long id, String instructor, String name, String joinCode) {
    }

    /** A new instructor account (password "test-password-1"). */
    public String newInstructor() {
        String username = Unique.name("teacher");
        users.as("admin", () -> accounts.createUser(username, "Test Teacher " + username, "test-password-1", Role.INSTRUCTOR));
        return username;
    }

    /** A new class taught by a new instructor, with these quizzes assigned (quiz id to due date, null for none). */
    public TestClass newClass(Long courseId, Map<Long, Instant> quizzesDue) {
        String instructor = newInstructor();
        String name = Unique.name("Results class ");
        String joinCode = Unique.name("RC-");
        SchoolClassEntity c = classes.save(new SchoolClassEntity(name, courseId, joinCode, clock.instant()));
        UserSummary teacher = users.as("admin", () -> accounts.findByUsername(instructor).orElseThrow());
        members.save(new ClassMemberEntity(c.getId(), teacher.id().value(), ClassMemberEntity.MemberRole.INSTRUCTOR, clock.instant(), false));
        quizzesDue.forEach((quiz, due) -> assignments.save(new AssignmentEntity(c.getId(), quiz, null, due, clock.instant())));
        return new TestClass(c.getId(), instructor, name, joinCode);
    }

    /** Adds students (by username) to the class. */
    public void enrol(TestClass c, List<String> students) {
        for (String s : students) {
            UserSummary u = users.as("admin", () -> accounts.findByUsername(s).orElseThrow());
            members.save(new ClassMemberEntity(c.id(), u.id().value(), ClassMemberEntity.MemberRole.STUDENT, clock.instant(), false));
        }
    }

    /**
     * New students (password "test-password-1") in this class only: not in the demo class, which has
     * the first course's quizzes assigned too and, being older, would be the class their attempts go
     * through.
     */
    public List<String> newStudentsIn(TestClass c, int count) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = Unique.name("learner");
            users.as("admin", () -> accounts.createUser(username, "Test Learner", "test-password-1", Role.STUDENT));
            names.add(username);
        }
        enrol(c, names);
        return names;
    }
}
