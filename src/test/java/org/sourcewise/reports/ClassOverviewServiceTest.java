package org.sourcewise.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The admin console's line per class: instructors and the average of the class's grades. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassOverviewServiceTest {

    @Autowired
    ClassOverviewService overviews;
    @Autowired
    TestUsers users;
    @Autowired
    TestClasses classes;
    ResultsFixture f;

    @BeforeAll
    void seed(@Autowired CourseService courses, @Autowired QuizService quizzes, @Autowired AccountService accounts,
              @Autowired TestAnswers answers, @Autowired MutableClock clock) {
        f = new ResultsFixture(courses, quizzes, accounts, classes, users, answers, clock);
    }

    @Test
    void the_average_is_over_the_graded_cells_only_and_the_instructor_is_named() {
        // a: 100% (highest of two), b: 50%, c: only an open attempt; checkpoint 2 has no grade
        ClassOverview overview = users.as("admin", () -> overviews.overview(f.schoolClass.id())).orElseThrow();
        assertThat(overview.averageGradePercent()).isEqualTo(75.0);
        assertThat(overview.grades()).isEqualTo(2);
        assertThat(overview.instructors()).containsExactly("Test Teacher " + f.schoolClass.instructor());
    }

    @Test
    void the_classes_instructor_sees_it_and_students_and_other_instructors_do_not() {
        assertThat(users.as(f.schoolClass.instructor(), () -> overviews.overview(f.schoolClass.id()))).isPresent();
        String other = classes.newInstructor();
        assertThat(users.as(other, () -> overviews.overview(f.schoolClass.id()))).isEmpty();
        assertThatThrownBy(() -> users.as(f.a, () -> overviews.overview(f.schoolClass.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as("admin", () -> overviews.overview(Long.MAX_VALUE))).isEmpty();
    }
}
