package org.sourcewise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

@IntegrationTest
class GradebookAccommodationTest {

    @Autowired
    GradebookService gradebooks;
    @Autowired
    AccommodationService accommodations;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClasses testClasses;
    @Autowired
    TestUsers users;

    @Test
    void the_gradebook_marks_the_cells_of_students_with_an_accommodation() {
        long quiz = SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "checkpoint-1")
                .orElseThrow().id());
        TestClasses.TestClass c = testClasses.newClass(null, Map.of(quiz, Instant.now().plus(Duration.ofDays(3))));
        List<String> students = testClasses.newStudentsIn(c, 2);
        long granted = users.as("admin", () -> accounts.findByUsername(students.get(0)).orElseThrow()).id().value();
        users.run(c.instructor(), () -> accommodations.grant(c.id(), quiz, List.of(granted), new Accommodation(0, 0, null, 2)));

        Gradebook book = users.as(c.instructor(), () -> gradebooks.gradebook(c.id())).orElseThrow();

        assertThat(book.rows()).hasSize(2).allSatisfy(row -> assertThat(row.cell(quiz).accommodated())
                .isEqualTo(row.student().id().value() == granted));
    }
}
