package org.sourcewise.classes.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.StudentCourses;
import org.springframework.stereotype.Component;

/** Tells content which courses a student learns from: the courses of their classes. */
@Component
class MemberCourses implements StudentCourses {

    private final ClassService classes;

    MemberCourses(ClassService classes) {
        this.classes = classes;
    }

    @Override
    public Set<Long> ofCaller() {
        Set<Long> ids = new LinkedHashSet<>();
        classes.myClasses().stream().map(ClassInfo::courseId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }
}
