package org.sourcewise.quizzes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.internal.TestCourses;
import org.springframework.stereotype.Component;

/**
 * A submitted attempt with an essay waiting for grading: a class of its own (a new instructor, a new
 * student) on a copy of the sample course whose "essay-quiz" is q1 (1 point) and an essay (5 points);
 * the student answered both, so the attempt scores 1 of 6 until the essay is graded. Also a second
 * instructor, teaching another class.
 */
@Component
public class EssayAttempts {

    public record EssayAttempt(long classId, long attemptId, int essayPosition, String student, String instructor, String otherInstructor,
                               long quizId) {
    }

    private final TestCourses courses;
    private final QuizService quizzes;
    private final TestClasses classes;
    private final TestUsers users;
    private final TestAnswers answers;
    private final AttemptSubmissionService attemptSubmissions;
    private final GradingService grading;

    EssayAttempts(TestCourses courses, QuizService quizzes, TestClasses classes, TestUsers users, TestAnswers answers,
                  AttemptSubmissionService attemptSubmissions, GradingService grading) {
        this.courses = courses;
        this.quizzes = quizzes;
        this.classes = classes;
        this.users = users;
        this.answers = answers;
        this.attemptSubmissions = attemptSubmissions;
        this.grading = grading;
    }

    public EssayAttempt create() {
        long courseId = courses.sampleCopyWithEssay("essay-course");
        long quizId = SystemTask.call(() -> quizzes.find(courseId, "essay-quiz").orElseThrow().id());
        TestClasses.TestClass schoolClass = classes.newClass(courseId, Map.of(quizId, Instant.now().plus(Duration.ofDays(7))));
        String otherInstructor = classes.newClass(courseId, Map.of()).instructor();
        String student = users.newDemoStudent();
        classes.enrol(schoolClass, List.of(student));
        long id = answers.start(student, quizId, 2);
        users.as(student, () -> attemptSubmissions.submit(id));
        int essay = users.as(schoolClass.instructor(), () -> grading.grades(id)).questions().stream()
                .filter(AttemptGrades.QuestionGrade::essay).findFirst().orElseThrow().position();
        return new EssayAttempt(schoolClass.id(), id, essay, student, schoolClass.instructor(), otherInstructor, quizId);
    }
}
