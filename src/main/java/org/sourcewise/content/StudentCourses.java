package org.sourcewise.content;

import java.util.Set;

/**
 * The courses the calling student learns from: those of the classes they are in, the rule lessons
 * follow too. The classes feature answers it; content asks through this interface so that it need not
 * depend on classes (which depends on content).
 */
public interface StudentCourses {

    /** Ids of the courses of the classes the caller is a member of. */
    Set<Long> ofCaller();
}
