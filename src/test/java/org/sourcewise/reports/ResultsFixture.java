package org.sourcewise.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.accounts.UserId;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;

/**
 * A class of its own with a new instructor and three new students, and attempts with known marks
 * (checkpoint 1 has ten 1-point questions drawn from one slot, so slot = position):
 * <pre>
 *   a: checkpoint 1 attempt 1: all 10 right (100%), attempt 2: none (0%)     HIGHEST: 100%
 *   b: checkpoint 1 attempt 1: positions 1-5 right (50%), after the due date  late
 *   c: checkpoint 2 started, not submitted                                     in progress
 * </pre>
 */
final class ResultsFixture {

    final long courseId;
    final long checkpoint1;
    final long checkpoint2;
    final long finalQuiz;
    final Instant due1;
    final Instant due2;
    final TestClasses.TestClass schoolClass;
    final String a;
    final String b;
    final String c;
    final UserId aId;
    final UserId bId;
    final UserId cId;

    ResultsFixture(CourseService courses, QuizService quizzes, AccountService accounts, TestClasses classes, TestUsers users,
                   TestAnswers answers, MutableClock clock) {
        courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        checkpoint1 = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-1").orElseThrow().id());
        checkpoint2 = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-2").orElseThrow().id());
        finalQuiz = SystemTask.call(() -> quizzes.find(courseId, "final").orElseThrow().id());
        due1 = clock.instant().plus(Duration.ofDays(1));
        due2 = clock.instant().plus(Duration.ofDays(2));
        Map<Long, Instant> due = new LinkedHashMap<>();
        due.put(checkpoint1, due1);
        due.put(checkpoint2, due2);
        schoolClass = classes.newClass(courseId, due);
        List<String> students = classes.newStudentsIn(schoolClass, 3);
        a = students.get(0);
        b = students.get(1);
        c = students.get(2);
        aId = users.as("admin", () -> accounts.findByUsername(a).orElseThrow().id());
        bId = users.as("admin", () -> accounts.findByUsername(b).orElseThrow().id());
        cId = users.as("admin", () -> accounts.findByUsername(c).orElseThrow().id());
        try {
            answers.take(a, checkpoint1, 10);
            answers.take(a, checkpoint1, 0);
            clock.advance(Duration.ofDays(1).plusHours(1));
            answers.take(b, checkpoint1, 5);
            answers.start(c, checkpoint2, 0);
        } finally {
            clock.reset();
        }
    }
}
