package org.sourcewise.quizzes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes share one database (issue 14): while another node holds the expiry job's lock, this
 * node's run submits nothing; once the lock is free, it does.
 */
@IntegrationTest
class AttemptExpiryJobLockTest {

    @Autowired
    AttemptExpiryJob job;
    @Autowired
    AttemptStartService starts;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void releaseTheLock() {
        release("attempt-expiry");
        clock.reset();
    }

    /** As a node does when its run ends: the row stays, its time is up (ShedLock remembers rows it has seen). */
    private void release(String job) {
        jdbc.update("update shedlock set lock_until = timestamp '2000-01-01 00:00:00' where name = ?", job);
    }

    private String state(long attemptId) {
        return jdbc.queryForObject("select state from attempt where id = ?", String.class, attemptId);
    }

    @Test
    void an_overdue_attempt_waits_while_another_node_holds_the_expiry_lock() {
        long quiz = SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "checkpoint-1")
                .orElseThrow().id());
        String student = users.newDemoStudent();
        long attemptId = users.as(student, () -> starts.startOrResume(quiz));
        // node B took the job's row (until far ahead, whatever the database's clock says)
        if (jdbc.update("update shedlock set lock_until = timestamp '2999-01-01 00:00:00', locked_by = 'node-b' where name = 'attempt-expiry'") == 0) {
            jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by)"
                    + " values ('attempt-expiry', timestamp '2999-01-01 00:00:00', timestamp '2026-01-01 00:00:00', 'node-b')");
        }

        clock.advance(Duration.ofMinutes(20)); // past the 15-minute limit and the grace
        job.submitExpired();
        assertThat(state(attemptId)).isEqualTo("IN_PROGRESS");

        release("attempt-expiry"); // node B is done
        job.submitExpired();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(state(attemptId)).isEqualTo("SUBMITTED"));
    }
}
