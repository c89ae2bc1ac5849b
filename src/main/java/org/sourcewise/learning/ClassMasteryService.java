package org.sourcewise.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcewise.accounts.UserId;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.learning.fsrs.Mastery;
import org.sourcewise.learning.internal.ReviewStateEntity;
import org.sourcewise.learning.internal.ReviewStates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim mastery of a whole class, for its teachers: per claim of the class's course, how many of its
 * students have it mastered, shaky or not yet seen now, by the same rule as a student's own lesson
 * progress ({@link Mastery}). A fixed number of queries, however large the class.
 */
@Service
public class ClassMasteryService {

    private final ClassService classes;
    private final CourseService courses;
    private final ReviewStates reviews;
    private final Clock clock;

    ClassMasteryService(ClassService classes, CourseService courses, ReviewStates reviews, Clock clock) {
        this.classes = classes;
        this.courses = courses;
        this.reviews = reviews;
        this.clock = clock;
    }

    /**
     * One count per claim of the class's course, in the course's claim order; empty for an unknown
     * class, one the caller does not teach, or one without a course. Instructors of the class and admins.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public List<ClaimMasteryCount> claimMastery(long classId) {
        ClassInfo info = classes.teachingClass(classId).orElse(null);
        if (info == null || info.courseId() == null) {
            return List.of();
        }
        List<ClaimInfo> claims = courses.claims(info.courseId());
        List<UserId> students = classes.studentIds(classId);
        Map<Long, Map<Long, ReviewStateEntity>> byClaim = new HashMap<>();
        for (ReviewStateEntity s : reviews.ofStudents(students, claims.stream().map(ClaimInfo::id).toList())) {
            byClaim.computeIfAbsent(s.getClaimId(), k -> new HashMap<>()).put(s.getUserId(), s);
        }
        Instant now = clock.instant();
        return claims.stream().map(claim -> {
            Map<Long, ReviewStateEntity> states = byClaim.getOrDefault(claim.id(), Map.of());
            int mastered = 0;
            int shaky = 0;
            int notSeen = 0;
            for (UserId student : students) {
                switch (reviews.mastery(states.get(student.value()), now)) {
                    case MASTERED -> mastered++;
                    case SHAKY -> shaky++;
                    case NOT_SEEN -> notSeen++;
                }
            }
            return new ClaimMasteryCount(claim.id(), mastered, shaky, notSeen);
        }).toList();
    }
}
