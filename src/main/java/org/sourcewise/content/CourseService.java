package org.sourcewise.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.content.internal.ClaimEntity;
import org.sourcewise.content.internal.ClaimRepository;
import org.sourcewise.content.internal.CourseEntity;
import org.sourcewise.content.internal.CourseRepository;
import org.sourcewise.content.internal.LessonEntity;
import org.sourcewise.content.internal.LessonRepository;
import org.sourcewise.content.internal.SourceRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads courses, claims and lessons. Any logged-in user may read course content (it is not personal
 * data); services that show it to students check the student's classes first.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CourseService {

    private final CourseRepository courses;
    private final SourceRepository sources;
    private final ClaimRepository claims;
    private final LessonRepository lessons;

    CourseService(CourseRepository courses, SourceRepository sources, ClaimRepository claims, LessonRepository lessons) {
        this.courses = courses;
        this.sources = sources;
        this.claims = claims;
        this.lessons = lessons;
    }

    public List<CourseInfo> listCourses() {
        return courses.findAll().stream().map(this::info)
                .sorted(java.util.Comparator.comparing(CourseInfo::title)).toList();
    }

    public Optional<CourseInfo> findCourse(String slug) {
        return courses.findBySlug(slug).map(this::info);
    }

    /**
     * The language of a course's text (a BCP 47 tag): what pages showing it put in its lang attribute.
     * Any logged-in user: a language says nothing of the course's content. English for no such course.
     */
    public String language(long courseId) {
        return courses.findById(courseId).map(CourseEntity::getLanguage).orElse("en");
    }

    /**
     * {@link #language(long)} for several courses at once, in one query: a page that lists the text of
     * many courses' lessons or quizzes marks each with its course's language. A course that does not
     * exist is left out.
     */
    public Map<Long, String> languages(Collection<Long> courseIds) {
        return courses.findAllById(java.util.Set.copyOf(courseIds)).stream()
                .collect(Collectors.toMap(CourseEntity::getId, CourseEntity::getLanguage));
    }

    public Optional<CourseInfo> findCourse(long courseId) {
        return courses.findById(courseId).map(this::info);
    }

    public List<ClaimInfo> claims(long courseId) {
        Map<Long, String> lessonKeys = lessons.findByCourseIdOrderByOrdinal(courseId).stream()
                .collect(Collectors.toMap(LessonEntity::getId, LessonEntity::getKey));
        Map<Long, String> slugs = slugs(List.of(courseId));
        return claims.findByCourseIdOrderByOrdinal(courseId).stream().map(c -> claimInfo(c, lessonKeys, slugs)).toList();
    }

    public List<ClaimInfo> claimsByIds(Collection<Long> ids) {
        List<ClaimEntity> found = claims.findByIdIn(ids);
        List<Long> courseIds = found.stream().map(ClaimEntity::getCourseId).distinct().toList();
        Map<Long, String> lessonKeys = courseIds.stream()
                .flatMap(courseId -> lessons.findByCourseIdOrderByOrdinal(courseId).stream())
                .collect(Collectors.toMap(LessonEntity::getId, LessonEntity::getKey));
        Map<Long, String> slugs = slugs(courseIds);
        return found.stream().map(c -> claimInfo(c, lessonKeys, slugs))
                .sorted(java.util.Comparator.comparingInt(ClaimInfo::ordinal)).toList();
    }

    public List<LessonInfo> lessons(long courseId) {
        return lessons.findByCourseIdOrderByOrdinal(courseId).stream().map(this::lessonInfo).toList();
    }

    public Optional<LessonInfo> lesson(long lessonId) {
        return lessons.findById(lessonId).map(this::lessonInfo);
    }

    private LessonInfo lessonInfo(LessonEntity lesson) {
        Map<Long, String> keys = Map.of(lesson.getId(), lesson.getKey());
        Map<Long, String> slugs = slugs(List.of(lesson.getCourseId()));
        List<ClaimInfo> lessonClaims = claims.findByLessonIdOrderByLessonPosition(lesson.getId()).stream()
                .map(c -> claimInfo(c, keys, slugs)).toList();
        return new LessonInfo(lesson.getId(), lesson.getCourseId(), lesson.getKey(), lesson.getOrdinal(), lesson.getTitle(),
                lesson.getIntroduction(),
                lesson.getTerms().stream().map(t -> new LessonInfo.KeyTerm(t.term(), t.definition())).toList(),
                List.copyOf(lesson.getChecks()), lessonClaims);
    }

    private CourseInfo info(CourseEntity course) {
        SourceRef source = sources.findByCourseId(course.getId())
                .map(s -> new SourceRef(s.getTitle(), s.getAuthor(), s.getPublication(), s.getPublishedOn(), s.getUrl(),
                        s.getParagraphCount()))
                .orElse(null);
        return new CourseInfo(course.getId(), course.getSlug(), course.getTitle(), course.getSummary(), source,
                (int) claims.countByCourseId(course.getId()), course.getLanguage());
    }

    // by id, one at a time: within a transaction the persistence context answers all but the first look-up,
    // so listing a course's lessons costs one query for the slug, not one per lesson
    private Map<Long, String> slugs(Collection<Long> courseIds) {
        Map<Long, String> slugs = new java.util.HashMap<>();
        for (Long id : courseIds) {
            courses.findById(id).ifPresent(c -> slugs.put(id, c.getSlug()));
        }
        return slugs;
    }

    private static ClaimInfo claimInfo(ClaimEntity c, Map<Long, String> lessonKeys, Map<Long, String> courseSlugs) {
        return new ClaimInfo(c.getId(), c.getKey(), c.getOrdinal(), c.getStatement(), c.getKind(), c.getParagraph(),
                c.getKeyPhrase(), c.getContextNote(), c.getLessonId(),
                c.getLessonId() == null ? null : lessonKeys.get(c.getLessonId()),
                courseSlugs.getOrDefault(c.getCourseId(), ""));
    }

}
