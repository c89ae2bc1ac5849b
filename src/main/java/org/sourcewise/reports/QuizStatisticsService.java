package org.sourcewise.reports;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.quizzes.AttemptResults;
import org.sourcewise.quizzes.MarkedAttempt;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.sourcewise.reports.statistics.QuizStatistics;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz statistics (docs/statistics.md) over the submitted attempts the caller may see: an admin's
 * cover every student; an instructor's cover the students of the classes they teach that have the
 * quiz assigned, and an instructor with no such class may not read the quiz's statistics.
 */
@Service
@Transactional(readOnly = true)
public class QuizStatisticsService {

    private final QuizService quizzes;
    private final ClassService classes;
    private final AttemptResults attempts;
    private final CurrentUser currentUser;

    QuizStatisticsService(QuizService quizzes, ClassService classes, AttemptResults attempts, CurrentUser currentUser) {
        this.quizzes = quizzes;
        this.classes = classes;
        this.attempts = attempts;
        this.currentUser = currentUser;
    }

    /**
     * The statistics of a quiz; empty when there is no such quiz. Instructors (quizzes assigned to a
     * class they teach, over its students) and admins (all students).
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Optional<QuizStatisticsResult> statistics(long quizId, AttemptSelection selection) {
        Optional<QuizInfo> quiz = quizzes.find(quizId);
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        List<MarkedAttempt> marked = currentUser.require().role() == Role.ADMIN
                ? attempts.markedAttempts(quizId, null)
                : attempts.markedAttempts(quizId, classesAssigned(quizId));
        StatisticsInput.Prepared prepared = StatisticsInput.prepare(marked, selection);
        Map<String, String> keys = new HashMap<>();
        marked.forEach(a -> a.questions().forEach(q -> keys.put(String.valueOf(q.questionId()), q.questionKey())));
        return Optional.of(new QuizStatisticsResult(quiz.get(), QuizStatistics.compute(prepared.attempts(), selection), keys,
                prepared.awaitingGrading(), prepared.otherStructure()));
    }

    /** The classes the caller teaches that have the quiz assigned: their attempts are the ones counted. */
    private List<Long> classesAssigned(long quizId) {
        List<Long> classIds = classes.teachingAssignments().stream().filter(a -> a.quizId() != null && a.quizId() == quizId)
                .map(AssignmentInfo::classId).distinct().toList();
        if (classIds.isEmpty()) {
            throw new AccessDeniedException("this quiz is not assigned to a class you teach");
        }
        return classIds;
    }
}
