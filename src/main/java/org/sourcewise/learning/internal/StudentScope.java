package org.sourcewise.learning.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.springframework.stereotype.Component;

/** The courses the calling student may learn from: the courses of the classes they are in. */
@Component
public class StudentScope {

    private final ClassService classes;

    StudentScope(ClassService classes) {
        this.classes = classes;
    }

    /** Course ids of the caller's classes, in the order of their classes (by class name). */
    public Set<Long> courseIds() {
        Set<Long> ids = new LinkedHashSet<>();
        classes.myClasses().stream().map(ClassInfo::courseId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }
}
