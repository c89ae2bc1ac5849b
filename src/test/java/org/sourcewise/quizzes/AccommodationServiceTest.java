package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditLog;
import org.sourcewise.audit.AuditQuery;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.rules.Accommodation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AccommodationServiceTest {

    @Autowired
    AccommodationService accommodations;
    @Autowired
    AttemptStartService starts;
    @Autowired
    AttemptSubmissionService submissions;
    @Autowired
    AttemptRepository attempts;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    TestClasses testClasses;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    long checkpoint1;
    int limitSeconds;
    TestClasses.TestClass course;
    String student;
    String classmate;

    @BeforeEach
    void setUp() {
        QuizInfo quiz = SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "checkpoint-1")
                .orElseThrow());
        checkpoint1 = quiz.id();
        limitSeconds = java.util.Objects.requireNonNull(quiz.timeLimitSeconds());
        course = testClasses.newClass(null, Map.of(checkpoint1, Instant.now().plus(Duration.ofDays(7))));
        List<String> students = testClasses.newStudentsIn(course, 2);
        student = students.get(0);
        classmate = students.get(1);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long id(String username) {
        return users.as("admin", () -> accounts.findByUsername(username).orElseThrow()).id().value();
    }

    private AttemptEntity start(String who) {
        long attemptId = users.as(who, () -> starts.startOrResume(checkpoint1));
        return attempts.findById(attemptId).orElseThrow();
    }

    @Test
    void a_student_given_half_as_much_time_again_gets_a_deadline_the_server_keeps() {
        users.run(course.instructor(), () -> accommodations.grant(course.id(), checkpoint1, List.of(id(student)),
                new Accommodation(50, 0, null, 0)));

        AttemptEntity accommodated = start(student);
        AttemptEntity plain = start(classmate);

        long extended = (limitSeconds * 150L + 99) / 100;
        assertThat(Duration.between(accommodated.getStartedAt(), accommodated.getDeadline()).toSeconds()).isEqualTo(extended);
        assertThat(Duration.between(plain.getStartedAt(), plain.getDeadline()).toSeconds()).isEqualTo(limitSeconds);
        QuizStart page = users.as(student, () -> starts.startPage(checkpoint1));
        assertThat(page.accommodation().extraTimePercent()).isEqualTo(50);
        assertThat(page.rules().timeLimitSeconds()).isEqualTo((int) extended);

        // past the quiz's limit (and its grace), but inside the accommodated one: still open
        clock.advance(Duration.ofSeconds(limitSeconds + 60));
        SystemTask.run(() -> submissions.submitExpired());
        assertThat(attempts.findById(accommodated.getId()).orElseThrow().getState()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(attempts.findById(plain.getId()).orElseThrow().getState()).isEqualTo(AttemptState.SUBMITTED);

        // past the accommodated limit and its grace: the server submits it too, as it would any other
        clock.advance(Duration.ofSeconds(extended - limitSeconds - 60).plus(org.sourcewise.quizzes.rules.QuizRules.GRACE).plusSeconds(1));
        SystemTask.run(() -> submissions.submitExpired());
        assertThat(attempts.findById(accommodated.getId()).orElseThrow().getState()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(users.as("admin", () -> audit.search(new AuditQuery(null, AuditAction.ACCOMMODATION_GRANTED, null, null), 0, 50)))
                .anyMatch(e -> e.target().equals("quiz:" + checkpoint1 + "/student:" + id(student)) && "+50% time".equals(e.detail())
                        && course.instructor().equals(e.actor()));
    }

    @Test
    void an_extra_attempt_lets_a_student_start_again_and_withdrawing_it_ends_that() {
        for (int i = 0; i < 2; i++) { // checkpoint 1 allows two
            long used = start(student).getId();
            users.run(student, () -> submissions.submit(used));
        }
        assertThat(users.as(student, () -> starts.startPage(checkpoint1)).canStart()).isFalse();

        users.run(course.instructor(), () -> accommodations.grant(course.id(), checkpoint1, List.of(id(student)),
                new Accommodation(0, 0, null, 1)));
        assertThat(users.as(student, () -> starts.startPage(checkpoint1)).canStart()).isTrue();
        assertThat(users.as(course.instructor(), () -> accommodations.inClass(course.id(), checkpoint1))).containsOnlyKeys(id(student));

        users.run(course.instructor(), () -> accommodations.grant(course.id(), checkpoint1, List.of(id(student)), Accommodation.NONE));
        assertThat(users.as(student, () -> starts.startPage(checkpoint1)).canStart()).isFalse();
        assertThat(users.as(course.instructor(), () -> accommodations.inClass(course.id(), checkpoint1))).isEmpty();
        assertThat(users.as("admin", () -> audit.search(new AuditQuery(null, AuditAction.ACCOMMODATION_WITHDRAWN, null, null), 0, 50)))
                .anyMatch(e -> e.target().equals("quiz:" + checkpoint1 + "/student:" + id(student)) && course.instructor().equals(e.actor()));
    }

    @Test
    void a_group_of_students_is_given_the_same_accommodation_at_once_and_each_grant_is_audited() {
        users.run(course.instructor(), () -> accommodations.grant(course.id(), checkpoint1, List.of(id(student), id(classmate)),
                new Accommodation(0, 10, null, 0)));

        assertThat(users.as(course.instructor(), () -> accommodations.inClass(course.id(), checkpoint1)))
                .containsOnlyKeys(id(student), id(classmate));
        for (String each : List.of(student, classmate)) {
            AttemptEntity attempt = start(each);
            assertThat(Duration.between(attempt.getStartedAt(), attempt.getDeadline()).toSeconds()).isEqualTo(limitSeconds + 600L);
            assertThat(users.as("admin", () -> audit.search(new AuditQuery(null, AuditAction.ACCOMMODATION_GRANTED, null, null), 0, 50)))
                    .anyMatch(e -> e.target().equals("quiz:" + checkpoint1 + "/student:" + id(each)));
        }
    }

    @Test
    void only_staff_of_the_class_grant_and_only_for_its_students() {
        String otherInstructor = testClasses.newInstructor();
        String outsider = users.newDemoStudent();

        assertThatThrownBy(() -> users.run(otherInstructor, () -> accommodations.grant(course.id(), checkpoint1, List.of(id(student)),
                new Accommodation(50, 0, null, 0)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(student, () -> accommodations.grant(course.id(), checkpoint1, List.of(id(student)),
                new Accommodation(50, 0, null, 0)))).isInstanceOf(AccessDeniedException.class);
        // all or nothing: one student from elsewhere refuses the whole change
        assertThatThrownBy(() -> users.run(course.instructor(), () -> accommodations.grant(course.id(), checkpoint1,
                List.of(id(student), id(outsider)), new Accommodation(50, 0, null, 0))))
                .isInstanceOf(AccommodationException.class).hasMessageContaining("not in this class");
        assertThat(users.as(course.instructor(), () -> accommodations.inClass(course.id(), checkpoint1))).isEmpty();
        assertThat(users.as("admin", () -> accommodations.inClass(course.id(), checkpoint1))).isEmpty();
    }

    @Test
    void minutes_lost_to_a_fault_are_given_back_to_the_open_attempt_by_its_staff_only() {
        AttemptEntity attempt = start(student);
        Instant before = attempt.getDeadline();

        Instant after = users.as(course.instructor(), () -> accommodations.giveTimeBack(attempt.getId(), 7));

        assertThat(after).isEqualTo(before.plus(Duration.ofMinutes(7)));
        assertThat(attempts.findById(attempt.getId()).orElseThrow().getDeadline()).isEqualTo(after);
        assertThatThrownBy(() -> users.as(testClasses.newInstructor(), () -> accommodations.giveTimeBack(attempt.getId(), 7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(course.instructor(), () -> accommodations.giveTimeBack(attempt.getId(), 0)))
                .isInstanceOf(AccommodationException.class);
        users.run(student, () -> submissions.submit(attempt.getId()));
        assertThatThrownBy(() -> users.as(course.instructor(), () -> accommodations.giveTimeBack(attempt.getId(), 5)))
                .isInstanceOf(AccommodationException.class).hasMessageContaining("open attempt");
        assertThat(users.as("admin", () -> audit.search(new AuditQuery(null, AuditAction.TIME_GIVEN_BACK, null, null), 0, 50)))
                .anyMatch(e -> e.target().equals("attempt:" + attempt.getId()));
    }
}
