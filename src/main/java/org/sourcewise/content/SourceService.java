package org.sourcewise.content;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.content.internal.CourseEntity;
import org.sourcewise.content.internal.CourseRepository;
import org.sourcewise.content.internal.SourceEntity;
import org.sourcewise.content.internal.SourceParagraphEntity;
import org.sourcewise.content.internal.SourceParagraphRepository;
import org.sourcewise.content.internal.SourceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's source for its page, which every citation links to. Who may read it is the rule of
 * lessons: a student the sources of the courses of their classes; instructors and admins any course's,
 * as they preview any course's lessons (course content is shared teaching material, not personal data).
 */
@Service
public class SourceService {

    private final CourseRepository courses;
    private final SourceRepository sources;
    private final SourceParagraphRepository paragraphs;
    private final CourseService courseService;
    private final StudentCourses studentCourses;
    private final CurrentUser currentUser;

    SourceService(CourseRepository courses, SourceRepository sources, SourceParagraphRepository paragraphs,
                  CourseService courseService, StudentCourses studentCourses, CurrentUser currentUser) {
        this.courses = courses;
        this.sources = sources;
        this.paragraphs = paragraphs;
        this.courseService = courseService;
        this.studentCourses = studentCourses;
        this.currentUser = currentUser;
    }

    /**
     * The source of the course with this slug: its reference and paragraphs. Empty when there is no such
     * course, when it names no source, or when the caller is a student outside its classes: the same
     * answer for all three, so that slugs reveal nothing.
     */
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public Optional<CourseSource> source(String slug) {
        Optional<CourseEntity> found = courses.findBySlug(slug);
        if (found.isEmpty() || !mayRead(found.get())) {
            return Optional.empty();
        }
        CourseEntity course = found.get();
        return sources.findByCourseId(course.getId()).map(source -> {
            Map<Integer, String> texts = paragraphs.findBySourceIdOrderByNumber(source.getId()).stream()
                    .collect(Collectors.toMap(SourceParagraphEntity::getNumber, SourceParagraphEntity::getText));
            List<ClaimInfo> claims = courseService.claims(course.getId());
            return CourseSource.assemble(course.getSlug(), course.getTitle(), reference(source), texts, claims)
                    .inLanguage(course.getLanguage());
        });
    }

    private boolean mayRead(CourseEntity course) {
        return !currentUser.is(Role.STUDENT) || studentCourses.ofCaller().contains(course.getId());
    }

    private static SourceRef reference(SourceEntity s) {
        return new SourceRef(s.getTitle(), s.getAuthor(), s.getPublication(), s.getPublishedOn(), s.getUrl(), s.getParagraphCount());
    }
}
