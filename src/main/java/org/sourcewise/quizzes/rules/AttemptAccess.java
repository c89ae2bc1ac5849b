package org.sourcewise.quizzes.rules;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.Role;

/**
 * Who may see an attempt, and grade or override it: the one place that decides (docs/admin.md,
 * "Who sees what"). An attempt belongs to the class through which it was taken. Its student sees it;
 * staff see, grade and override it only if they teach that class; admins see all. Teaching the same
 * student in another class gives nothing: an instructor who adds a student to a class of their own
 * does not see the attempts that student made elsewhere.
 */
public final class AttemptAccess {

    /**
     * The person asking, with the classes they teach (empty for students and admins).
     *
     * @param userId        their account id
     * @param role          their role
     * @param classesTaught ids of the classes they teach
     */
    public record Viewer(long userId, Role role, Set<Long> classesTaught) {
    }

    private AttemptAccess() {
    }

    /** Whether the viewer may see the attempt of {@code studentId} taken through {@code classId}. */
    public static boolean maySee(Viewer viewer, long studentId, @Nullable Long classId) {
        return switch (viewer.role()) {
            case ADMIN -> true;
            case STUDENT -> viewer.userId() == studentId;
            case INSTRUCTOR -> teaches(viewer, classId);
        };
    }

    /** Whether the viewer may grade or override the attempt: staff of its class, or an admin; never its student. */
    public static boolean mayGrade(Viewer viewer, @Nullable Long classId) {
        return switch (viewer.role()) {
            case ADMIN -> true;
            case STUDENT -> false;
            case INSTRUCTOR -> teaches(viewer, classId);
        };
    }

    /** Whether the viewer may read the attempts of every one of these classes (admins: any). */
    public static boolean mayReadClasses(Viewer viewer, Collection<Long> classIds) {
        return switch (viewer.role()) {
            case ADMIN -> true;
            case STUDENT -> false;
            case INSTRUCTOR -> viewer.classesTaught().containsAll(classIds);
        };
    }

    private static boolean teaches(Viewer viewer, @Nullable Long classId) {
        // an attempt from before attempts had a class belongs to no one's class: admins only
        return classId != null && viewer.classesTaught().contains(classId);
    }
}
