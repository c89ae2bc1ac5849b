package org.sourcewise.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewise.Application;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.AttemptSubmissionService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 15: a submission committed just before the server stopped, whose learning update never ran,
 * is handled at the next start. Two servers in turn on one database file: the first takes a
 * submission and is stopped with its update undone and its event left unfinished, as a crash leaves
 * them; the second brings the claims into practice by itself.
 */
class EventsAcrossRestartIT {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start() {
        // arguments, which outrank the test profile's in-memory database
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sourcewise"), "--server.port=0");
    }

    /** Each start sets the global security context strategy; the contexts other tests share keep theirs. */
    private final org.springframework.security.core.context.SecurityContextHolderStrategy strategy =
            org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();

    @org.junit.jupiter.api.AfterEach
    void restoreSecurityStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    @Test
    void an_unfinished_learning_update_is_handled_when_the_server_starts_again() throws Exception {
        long studentId;
        int reviewed;
        try (ConfigurableApplicationContext first = start()) {
            TestUsers users = first.getBean(TestUsers.class);
            String student = users.newDemoStudent();
            studentId = ((AccountPrincipal) first.getBean(UserDetailsService.class).loadUserByUsername(student)).id().value();
            long courseId = SystemTask.call(() -> first.getBean(CourseService.class).findCourse("russia-north-korea-2017").orElseThrow().id());
            long quiz = SystemTask.call(() -> first.getBean(QuizService.class).find(courseId, "checkpoint-1").orElseThrow().id());
            AttemptStartService attemptStarts = first.getBean(AttemptStartService.class);
            AttemptSubmissionService attemptSubmissions = first.getBean(AttemptSubmissionService.class);
            long attemptId = users.as(student, () -> attemptStarts.startOrResume(quiz));
            users.as(student, () -> attemptSubmissions.submit(attemptId));
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            String rows = "select count(*) from review_state where user_id = " + studentId;
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(rows, Integer.class) > 0);
            reviewed = jdbc.queryForObject(rows, Integer.class);

            // as a crash before the update committed leaves it: no review, not marked applied, event unfinished
            jdbc.update("delete from review_state where user_id = ?", studentId);
            jdbc.update("delete from applied_event where event_key = ?", "attempt-submitted:" + attemptId);
            assertThat(jdbc.update("""
                    update event_publication set completion_date = null, status = 'PROCESSING'
                    where event_type like '%AttemptSubmitted' and serialized_event like ?""", "%\"attemptId\":" + attemptId + ",%"))
                    .isEqualTo(1);
        }
        assertThat(Files.exists(dir.resolve("sourcewise.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    jdbc.queryForObject("select count(*) from review_state where user_id = " + studentId, Integer.class))
                    .isEqualTo(reviewed));
        }
    }
}
