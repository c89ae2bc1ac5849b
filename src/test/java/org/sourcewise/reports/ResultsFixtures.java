package org.sourcewise.reports;

import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;

/** {@link ResultsFixture} for tests in other packages. */
public final class ResultsFixtures {

    private ResultsFixtures() {
    }

    public record View(long classId, String instructor, String a, String b, String c, long checkpoint1, long checkpoint2,
                       long finalQuiz, long aId) {
    }

    public static View create(CourseService courses, QuizService quizzes, AccountService accounts, TestClasses classes,
                              TestUsers users, TestAnswers answers, MutableClock clock) {
        ResultsFixture f = new ResultsFixture(courses, quizzes, accounts, classes, users, answers, clock);
        return new View(f.schoolClass.id(), f.schoolClass.instructor(), f.a, f.b, f.c, f.checkpoint1, f.checkpoint2, f.finalQuiz, f.aId.value());
    }
}
