package org.sourcewise.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sourcewise.Application;
import org.sourcewise.PostgresTestDatabases;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.AnswerService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.AttemptSubmissionService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A school that started on H2 moves to PostgreSQL without losing anything: the demo school with a
 * submitted attempt (and the events, marks and review states that followed) is copied, every table
 * compares equal row for row, and the app then runs on the copy. Starts whole applications, so it
 * runs under Failsafe in its own JVM (see AdminBootstrapIT).
 */
class H2ToPostgresCopyIT {

    private static ConfigurableApplicationContext start(String url, String user) {
        return new SpringApplicationBuilder(Application.class).run("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=", "--server.port=0",
                "--sourcewise.demo=true", "--logging.level.root=warn");
    }

    @Test
    void every_table_of_an_h2_database_arrives_in_postgresql_unchanged_and_the_app_runs_on_the_copy() throws Exception {
        String h2 = "jdbc:h2:mem:copy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext school = start(h2, "sa")) {
            TestUsers users = school.getBean(TestUsers.class);
            long quizId = SystemTask.call(() -> school.getBean(QuizService.class).find(
                    school.getBean(CourseService.class).findCourse("russia-north-korea-2017").orElseThrow().id(), "checkpoint-1")
                    .orElseThrow().id());
            String learner = users.newDemoStudent();
            long attempt = users.as(learner, () -> school.getBean(AttemptStartService.class).startOrResume(quizId));
            users.run(learner, () -> school.getBean(AnswerService.class).saveAnswer(attempt, 1, List.of()));
            users.as(learner, () -> school.getBean(AttemptSubmissionService.class).submit(attempt));
        }
        String postgres = PostgresTestDatabases.newDatabase();

        List<H2ToPostgresCopy.TableCopy> copied = new H2ToPostgresCopy(h2, "sa", "", postgres, "postgres", "").run();

        try (Connection from = DriverManager.getConnection(h2, "sa", "");
                Connection to = DriverManager.getConnection(postgres, "postgres", "")) {
            List<String> tables = tables(from);
            assertThat(copied).extracting(H2ToPostgresCopy.TableCopy::table).containsExactlyInAnyOrderElementsOf(tables);
            assertThat(tables).contains("attempt", "response", "event_publication", "attempt_marks", "audit_log");
            for (String table : tables) {
                assertThat(rows(to, table)).as("rows of %s", table).isEqualTo(rows(from, table));
            }
            assertThat(rows(to, "response")).isNotEmpty();
            assertThat(rows(to, "event_publication")).isNotEmpty();
        }

        try (ConfigurableApplicationContext moved = start(postgres, "postgres")) {
            // a new row gets a new id: the identity sequences continue after the copied ids
            String username = "moved-" + UUID.randomUUID().toString().substring(0, 8);
            moved.getBean(TestUsers.class).run("admin",
                    () -> moved.getBean(AccountService.class).createUser(username, "Moved Teacher", "test-password-1", Role.INSTRUCTOR));
            assertThat(SystemTask.call(() -> moved.getBean(CourseService.class).findCourse("russia-north-korea-2017"))).isPresent();
        }
    }

    @Test
    void a_postgresql_database_that_already_holds_a_school_is_refused_and_left_as_it_was() throws Exception {
        String h2 = "jdbc:h2:mem:copy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        start(h2, "sa").close();
        String postgres = PostgresTestDatabases.newDatabase();
        new H2ToPostgresCopy(h2, "sa", "", postgres, "postgres", "").run();
        long users;
        try (Connection to = DriverManager.getConnection(postgres, "postgres", "")) {
            users = rows(to, "app_user").size();
        }

        assertThatThrownBy(() -> new H2ToPostgresCopy(h2, "sa", "", postgres, "postgres", "").run())
                .hasMessageContaining("not empty");

        try (Connection to = DriverManager.getConnection(postgres, "postgres", "")) {
            assertThat(rows(to, "app_user")).hasSize((int) users);
        }
    }

    private static List<String> tables(Connection h2) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = h2.createStatement(); ResultSet rs = st.executeQuery("select lower(table_name) from information_schema.tables "
                + "where lower(table_schema) = 'public' and table_type = 'BASE TABLE' and lower(table_name) <> 'flyway_schema_history'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Every row as column name to value, written the same way for both databases, sorted. */
    private static List<String> rows(Connection db, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), H2ToPostgresCopy.canonical(rs.getObject(i)));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
