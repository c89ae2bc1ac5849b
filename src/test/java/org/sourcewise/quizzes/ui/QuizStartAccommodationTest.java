package org.sourcewise.quizzes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.AccommodationService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.rules.Accommodation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An accommodation on the quiz's start page (issue 18): its student's page states it and gives the
 * longer limit, a classmate's does neither. (ReportViewsTest checks the gradebook's mark.)
 */
@IntegrationTest
@WithUserDetails("admin")
class QuizStartAccommodationTest extends SpringBrowserlessTest {

    @Autowired
    TestClasses testClasses;
    @Autowired
    TestUsers users;
    @Autowired
    AccommodationService accommodations;
    @Autowired
    AccountService accounts;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;

    long quiz;
    TestClasses.TestClass group;
    String granted;
    String classmate;

    @BeforeEach
    void aStudentWithHalfAsMuchTimeAgain() {
        quiz = SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "checkpoint-1")
                .orElseThrow().id());
        group = testClasses.newClass(null, Map.of(quiz, Instant.now().plus(Duration.ofDays(3))));
        List<String> students = testClasses.newStudentsIn(group, 2);
        granted = students.get(0);
        classmate = students.get(1);
        long grantedId = users.as("admin", () -> accounts.findByUsername(granted).orElseThrow()).id().value();
        users.run(group.instructor(), () -> accommodations.grant(group.id(), quiz, List.of(grantedId), new Accommodation(50, 0, null, 0)));
    }

    private String startPageOf(String student) {
        return users.as(student, () -> {
            navigate("quiz/" + quiz, QuizStartView.class);
            return getCurrentView().getElement().getTextRecursively();
        });
    }

    @Test
    void the_start_page_states_the_accommodation_and_the_longer_limit_to_its_student_only() {
        String mine = startPageOf(granted);
        String theirs = startPageOf(classmate);

        // checkpoint 1 has 15 minutes; half as much again is 22 minutes 30 seconds
        assertThat(mine).contains("Time limit: 22 minutes 30 seconds.")
                .contains("Your instructor gave you more time (the quiz's limit is 15 minutes) on this quiz; the rules above include it.");
        assertThat(theirs).contains("Time limit: 15 minutes.").doesNotContain("22 minutes", "Your instructor gave you");
    }
}
