package org.sourcewise.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.AnswerService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A backup made while a student keeps answering is one consistent moment of the whole database:
 * restored into an empty database it holds every table, the same rows in every table nobody wrote
 * meanwhile, and no answer that the live database does not hold. The tests' database is in memory, so
 * its backup is the SQL script written from one snapshot; a file database's {@code BACKUP TO} is
 * taken from the packaged jar in {@code ServerKilledMidAttemptIT}. (A second Spring context here
 * would swap the security context strategy under the other tests.)
 */
@IntegrationTest
class BackupServiceTest {

    @Autowired
    BackupService backups;
    @Autowired
    AttemptStartService starts;
    @Autowired
    AnswerService answers;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    /** Rows per table of the application's schema. */
    private static Map<String, Long> counts(Connection connection) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new java.util.ArrayList<>();
        try (var rs = connection.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (var rs = connection.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    @Test
    void a_backup_made_while_a_student_answers_restores_to_one_consistent_moment() throws Exception {
        long quiz = SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "final")
                .orElseThrow().id());
        String student = users.newDemoStudent();
        long attempt = users.as(student, () -> starts.startOrResume(quiz));
        AtomicBoolean answering = new AtomicBoolean(true);
        AtomicInteger saved = new AtomicInteger();
        var activity = CompletableFuture.runAsync(() -> {
            while (answering.get()) {
                int n = saved.incrementAndGet();
                users.run(student, () -> answers.saveAnswer(attempt, 1 + n % 20, List.of(String.valueOf(n))));
            }
        });
        while (saved.get() < 20) {
            Thread.onSpinWait();
        }

        Backup made = users.as("admin", () -> backups.backUp());
        answering.set(false);
        activity.join();

        assertThat(made.name()).matches("sourcewise-\\d{8}-\\d{6}-\\d{3}\\.sql\\.zip");
        assertThat(users.as("admin", () -> backups.backups())).extracting(Backup::name).contains(made.name());
        Path script = users.as("admin", () -> backups.folder()).resolve(made.name());
        Map<String, Long> live;
        try (Connection c = jdbc.getDataSource().getConnection()) {
            live = counts(c);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:restored-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            c.createStatement().execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION ZIP");
            Map<String, Long> copy = counts(c);
            assertThat(copy.keySet()).isEqualTo(live.keySet());
            // written while the backup ran: the answers, where the attempt is, the audit log, job locks
            List<String> busy = List.of("RESPONSE", "ATTEMPT", "AUDIT_LOG", "SHEDLOCK", "EVENT_PUBLICATION");
            live.forEach((table, rows) -> {
                if (busy.contains(table)) {
                    assertThat(copy.get(table)).as(table).isLessThanOrEqualTo(rows);
                } else {
                    assertThat(copy.get(table)).as(table).isEqualTo(rows);
                }
            });
            try (var rs = c.createStatement().executeQuery("select count(*) from response where attempt_id = " + attempt)) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        }
    }

    @Test
    void only_admins_make_backups() {
        assertThatThrownBy(() -> users.as("instructor", () -> backups.backUp())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("student", () -> backups.backups())).isInstanceOf(AccessDeniedException.class);
    }
}
