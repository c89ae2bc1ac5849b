package org.sourcewise.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.AttemptSubmissionService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Issue 15: a submission's learning update that fails (the database refused it) is not lost. The
 * event stays in the publication registry as failed, and the retry hands it to the listener again.
 * Its own context: listeners run on Boot's executor, as in production, and the retry runs every second.
 */
@SpringBootTest(properties = {"sourcewise.events.retry-every=PT1S", "sourcewise.events.retry-min-age=PT0S"})
@ActiveProfiles("test")
class EventRetryIT {

    @MockitoSpyBean
    ReviewStates reviews;
    @Autowired
    ReviewStateRepository states;
    @Autowired
    AttemptStartService attemptStarts;

    @Autowired
    AttemptSubmissionService attemptSubmissions;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    AttemptQuestionRepository attemptQuestions;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_listener_that_fails_once_gets_the_submission_again_and_the_claims_reach_practice() {
        doThrow(new CannotAcquireLockException("the database is away")).doCallRealMethod()
                .when(reviews).review(any(), anyLong(), any(), any());
        String student = users.newDemoStudent();
        long studentId = ((AccountPrincipal) userDetails.loadUserByUsername(student)).id().value();
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        long quiz = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-1").orElseThrow().id());
        long attemptId = users.as(student, () -> attemptStarts.startOrResume(quiz));
        Set<Long> tested = new HashSet<>();
        for (AttemptQuestionEntity aq : attemptQuestions.findByAttemptIdOrderByPosition(attemptId)) {
            tested.addAll(SystemTask.call(() -> bank.entries(List.of(aq.getQuestionId()))).getFirst().claimIds());
        }

        users.as(student, () -> attemptSubmissions.submit(attemptId));

        // the first try failed and rolled back; the retry brings every tested claim into practice
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(states.findByUserIdAndClaimIdIn(studentId, tested)).hasSize(tested.size()));
        assertThat(jdbc.queryForObject("""
                select count(*) from event_publication
                where event_type like '%AttemptSubmitted' and completion_date is not null and completion_attempts >= 2""", Integer.class))
                .isGreaterThanOrEqualTo(1);
    }
}
