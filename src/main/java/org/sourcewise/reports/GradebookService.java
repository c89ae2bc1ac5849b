package org.sourcewise.reports;

import org.sourcewise.quizzes.AccommodationService;
import org.sourcewise.quizzes.rules.Accommodation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.UserId;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.quizzes.AttemptResults;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gradebooks: for a class, one cell per student and assigned quiz (grade by the quiz's grading
 * method, attempts used, status, late); for one student of the class, every attempt. Instructors for
 * the classes they teach, admins for all; the class, roster and attempt reads check it again. A
 * gradebook costs a fixed number of queries, whatever the size of the class.
 */
@Service
@Transactional(readOnly = true)
public class GradebookService {

    private final ClassService classes;
    private final QuizService quizzes;
    private final AttemptResults attempts;
    private final AccountService accounts;
    private final Clock clock;
    private final AccommodationService accommodations;

    GradebookService(ClassService classes, QuizService quizzes, AttemptResults attempts, AccountService accounts, Clock clock,
                     AccommodationService accommodations) {
        this.clock = clock;
        this.accommodations = accommodations;
        this.classes = classes;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.accounts = accounts;
    }

    /** The class's gradebook, students by name; empty when there is no such class. Instructors (own classes) and admins. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public java.util.Optional<Gradebook> gradebook(long classId) {
        var found = classes.teachingClass(classId);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<GradebookQuiz> columns = columns(classId);
        List<UserSummary> students = accounts.findAll(classes.studentIds(classId));
        Map<UserId, List<AttemptSummary>> byStudent = students.isEmpty() || columns.isEmpty() ? Map.of()
                : attempts.attemptsInClass(classId, students.stream().map(UserSummary::id).toList(),
                columns.stream().map(GradebookQuiz::quizId).toList());
        Map<Long, Map<Long, Accommodation>> granted = accommodations(classId, columns);
        List<GradebookRow> rows = new ArrayList<>();
        for (UserSummary student : students) {
            List<AttemptSummary> mine = byStudent.getOrDefault(student.id(), List.of());
            rows.add(new GradebookRow(student, columns.stream().map(q -> cell(q, mine, granted, student.id())).toList()));
        }
        return java.util.Optional.of(new Gradebook(found.get(), columns, rows));
    }

    /**
     * Every attempt of one student of the class at its assigned quizzes. Instructors (own classes) and
     * admins; the student must be in the class.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public java.util.Optional<StudentResults> student(long classId, long userId) {
        var found = classes.teachingClass(classId);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        UserId id = new UserId(userId);
        if (!classes.studentIds(classId).contains(id)) {
            throw new AccessDeniedException("this user is not a student of this class");
        }
        UserSummary student = accounts.findAll(List.of(id)).getFirst();
        List<GradebookQuiz> columns = columns(classId);
        List<AttemptSummary> mine = columns.isEmpty() ? List.of()
                : attempts.attemptsInClass(classId, List.of(id), columns.stream().map(GradebookQuiz::quizId).toList()).getOrDefault(id, List.of());
        Map<Long, Map<Long, Accommodation>> granted = accommodations(classId, columns);
        List<StudentResults.QuizResults> results = columns.stream()
                .map(q -> new StudentResults.QuizResults(q, cell(q, mine, granted, id),
                        mine.stream().filter(a -> a.quizId() == q.quizId()).toList()))
                .toList();
        return java.util.Optional.of(new StudentResults(found.get(), student, results));
    }

    /** The quizzes assigned to the class, soonest due first; a quiz assigned twice counts once, with its latest due date. */
    private List<GradebookQuiz> columns(long classId) {
        Map<Long, AssignmentInfo> byQuiz = new LinkedHashMap<>();
        for (AssignmentInfo a : classes.assignments(classId)) {
            if (a.quizId() != null) {
                byQuiz.merge(a.quizId(), a, (x, y) -> x.dueAt() == null || (y.dueAt() != null && y.dueAt().isAfter(x.dueAt())) ? y : x);
            }
        }
        Map<Long, QuizInfo> found = quizzes.findAll(byQuiz.keySet());
        List<GradebookQuiz> ordered = new ArrayList<>();
        for (AssignmentInfo a : byQuiz.values()) {
            QuizInfo q = found.get(a.quizId());
            if (q != null) {
                ordered.add(new GradebookQuiz(q.id(), q.key(), q.title(), a.dueAt(), q.rules()));
            }
        }
        return ordered;
    }

    /** By quiz, the accommodations of the class's students: one query per assigned quiz. */
    private Map<Long, Map<Long, Accommodation>> accommodations(long classId, List<GradebookQuiz> columns) {
        Map<Long, Map<Long, Accommodation>> byQuiz = new LinkedHashMap<>();
        columns.forEach(q -> byQuiz.put(q.quizId(), accommodations.inClass(classId, q.quizId())));
        return byQuiz;
    }

    private GradeCell cell(GradebookQuiz quiz, List<AttemptSummary> attempts, Map<Long, Map<Long, Accommodation>> granted,
                           UserId student) {
        Accommodation accommodation = granted.getOrDefault(quiz.quizId(), Map.of()).getOrDefault(student.value(), Accommodation.NONE);
        return GradeCell.of(quiz.quizId(), quiz.rules(), accommodation, quiz.dueAt(),
                attempts.stream().filter(a -> a.quizId() == quiz.quizId()).toList(), clock.instant());
    }
}
