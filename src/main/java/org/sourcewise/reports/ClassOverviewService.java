package org.sourcewise.reports;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.classes.ClassService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One class's instructors and average grade, for the admin console's list of classes. A view asks
 * for the rows it shows, so a long list costs only what is on screen.
 */
@Service
@Transactional(readOnly = true)
public class ClassOverviewService {

    private final ClassService classes;
    private final GradebookService gradebooks;

    ClassOverviewService(ClassService classes, GradebookService gradebooks) {
        this.classes = classes;
        this.gradebooks = gradebooks;
    }

    /** Instructors (own classes) and admins (all); empty when there is no such class. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Optional<ClassOverview> overview(long classId) {
        return gradebooks.gradebook(classId).map(book -> {
            List<Double> grades = book.rows().stream().flatMap(r -> r.cells().stream())
                    .map(GradeCell::gradePercent).filter(g -> g != null).toList();
            Double average = grades.isEmpty() ? null
                    : Math.round(grades.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 1e6) / 1e6;
            List<String> instructors = classes.instructors(classId).stream().map(UserSummary::displayName).toList();
            return new ClassOverview(classId, instructors, average, grades.size());
        });
    }
}
