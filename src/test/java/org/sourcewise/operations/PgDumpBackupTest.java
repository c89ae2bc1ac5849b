package org.sourcewise.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.sourcewise.IntegrationTest;
import org.sourcewise.PostgresTestDatabases;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.AnswerService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL side of {@link BackupServiceTest}, in the PostgreSQL test pass (on H2 it is disabled):
 * the admin's backup is {@code pg_dump --format=custom} run while a student keeps answering; restored with
 * {@code pg_restore} into an empty database (as docs/admin.md says) it holds every table, every row of
 * every table nobody wrote meanwhile, and of the tables being written no more than the live database.
 * pg_dump and pg_restore are Debian's postgresql-client (.ci/run installs it): the embedded server's
 * artifact carries only initdb, pg_ctl and postgres.
 */
@IntegrationTest
@EnabledIf("org.sourcewise.PostgresTestDatabases#active")
class PgDumpBackupTest {

    /** Written while the backup ran: the answers, where the attempt is, the audit log, job locks, events. */
    private static final List<String> BUSY = List.of("response", "attempt", "audit_log", "shedlock", "event_publication");

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

    private static void requireClientTools() {
        for (String tool : List.of("pg_dump", "pg_restore")) {
            boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
            if (!found) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    Assertions.fail("CI=true but " + tool + " is not on the PATH: apt-get install postgresql-client (see .ci/run)");
                }
                Assumptions.abort("no " + tool + " on the PATH: apt-get install postgresql-client to test PostgreSQL backups");
            }
        }
    }

    /** Per table of the public schema: its rows and a digest of all their values, in one order. */
    private static Map<String, String> tables(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (var rs = connection.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, String> tables = new TreeMap<>();
        for (String table : names) {
            try (var rs = connection.createStatement().executeQuery("select count(*), md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) "
                    + "from public.\"" + table + "\" t")) {
                rs.next();
                tables.put(table, rs.getLong(1) + " rows, md5 " + rs.getString(2));
            }
        }
        return tables;
    }

    private static long rows(String described) {
        return Long.parseLong(described.substring(0, described.indexOf(' ')));
    }

    @Test
    void a_pg_dump_made_while_a_student_answers_restores_into_an_empty_database_with_every_table() throws Exception {
        requireClientTools();
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

        int savedBefore = saved.get();
        long dumpStart = System.nanoTime();
        Backup made = users.as("admin", () -> backups.backUp());
        long dumpMillis = (System.nanoTime() - dumpStart) / 1_000_000;
        int savedDuring = saved.get() - savedBefore;
        answering.set(false);
        activity.join();

        assertThat(made.name()).matches("sourcewise-\\d{8}-\\d{6}-\\d{3}\\.dump");
        assertThat(made.bytes()).isPositive();
        Path dump = users.as("admin", () -> backups.folder()).resolve(made.name());
        assertThat(Files.readAllBytes(dump)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));

        // restore as docs/admin.md says: pg_restore --no-owner into an empty database
        String emptyUrl = PostgresTestDatabases.newDatabase();
        Process restore = new ProcessBuilder("pg_restore", "--no-owner", "--exit-on-error",
                "--dbname=" + emptyUrl.replaceFirst("^jdbc:", ""), dump.toString()).redirectErrorStream(true).start();
        assertThat(restore.waitFor(5, TimeUnit.MINUTES)).as("pg_restore finished").isTrue();
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restore.exitValue()).as("pg_restore: " + output).isZero();

        Map<String, String> live;
        try (Connection c = jdbc.getDataSource().getConnection()) {
            live = tables(c);
        }
        Map<String, String> copy;
        try (Connection c = DriverManager.getConnection(emptyUrl)) {
            copy = tables(c);
            try (var rs = c.createStatement().executeQuery("select count(*) from response where attempt_id = " + attempt)) {
                rs.next();
                assertThat(rs.getLong(1)).as("the student's answers saved before the backup").isPositive();
            }
        }
        assertThat(copy.keySet()).as("tables").isEqualTo(live.keySet()).contains("flyway_schema_history", "response", "app_user");
        live.forEach((table, described) -> {
            if (BUSY.contains(table)) {
                assertThat(rows(copy.get(table))).as(table).isLessThanOrEqualTo(rows(described));
            } else {
                assertThat(copy.get(table)).as(table).isEqualTo(described);
            }
        });
        // the student kept answering while pg_dump ran, so the backup was made during activity
        assertThat(savedDuring).as("answers saved while pg_dump ran").isPositive();
        System.out.printf("pg_dump backup: %d bytes in %d ms while %d answers were saved; %d tables restored and compared%n",
                made.bytes(), dumpMillis, savedDuring, copy.size());
    }
}
