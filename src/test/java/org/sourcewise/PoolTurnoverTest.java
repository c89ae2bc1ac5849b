package org.sourcewise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.Role;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.classes.RegistrationService;
import org.sourcewise.content.ArticleCourseService;
import org.sourcewise.content.ArticleInput;
import org.sourcewise.content.ClaimChoice;
import org.sourcewise.content.DraftCourse;
import org.sourcewise.content.drafting.ArticleAnalysis;
import org.sourcewise.content.drafting.Articles;
import org.sourcewise.content.drafting.Candidate;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionImportReport;
import org.sourcewise.questions.QuestionEditingService;
import org.sourcewise.questions.QuestionImportService;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.formats.QuestionFormat;
import org.sourcewise.quizzes.AttemptGrades;
import org.sourcewise.quizzes.AnswerService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.AttemptSubmissionService;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.GradingService;
import org.sourcewise.quizzes.QuizBuilderService;
import org.sourcewise.quizzes.QuizDraft;
import org.sourcewise.quizzes.QuizDraft.SlotDraft;
import org.sourcewise.quizzes.ReviewPolicy;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11: HikariCP retires every connection after its max-lifetime (30 minutes by default). With
 * H2 2.4.240 each {@code CHECK (col IN (...))} constraint then failed on every write, because it
 * kept the closed session that first parsed it. This test retires every pooled connection before
 * each step and then writes, through the services a person's clicks reach, to every table that has a
 * CHECK constraint; the schema's own list of such tables keeps it honest when a constraint is added.
 */
@IntegrationTest
class PoolTurnoverTest {

    private static final String GIFT = """
            // key: turnover-choice
            // claims: %s
            // explanation: The article is about the harbour tram.
            ::Vehicle:: Which vehicle does the article describe? {=A tram ~A ferry ~A cable car}

            // key: turnover-essay
            // claims: %s
            // explanation: A good answer names what the first day of service changed.
            ::Opening day:: Explain in two sentences what the opening day changed. {}
            """;

    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    AccountService accounts;
    @Autowired
    RegistrationService registration;
    @Autowired
    ArticleCourseService drafts;
    @Autowired
    QuestionImportService imports;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuestionEditingService editing;
    @Autowired
    QuizBuilderService builder;
    @Autowired
    ClassService classes;
    @Autowired
    AnswerService attemptAnswers;

    @Autowired
    AttemptStartService attemptStarts;

    @Autowired
    AttemptSubmissionService attemptSubmissions;
    @Autowired
    GradingService grading;

    @Test
    void every_kind_of_write_succeeds_after_the_pool_has_replaced_all_its_connections() {
        Map<String, Long> before = rowsOfTablesWithCheckConstraints();
        String suffix = Unique.name("");

        retireEveryPooledConnection();
        String instructor = "turnover-teacher-" + suffix;
        users.run("admin", () -> accounts.createUser(instructor, "Turnover Teacher", "test-password-1", Role.INSTRUCTOR));

        retireEveryPooledConnection();
        DraftCourse course = users.as(instructor, () -> {
            ArticleInput input = new ArticleInput("Turnover tram " + suffix, "Ines Marwick", "Lerida Evening Post",
                    LocalDate.of(2024, 3, 5), "https://example.org/tram", Articles.text(Articles.TRAM), null);
            ArticleAnalysis analysis = drafts.propose(input);
            List<ClaimChoice> ticked = analysis.candidates().stream().filter(Candidate::suggested)
                    .map(c -> new ClaimChoice(c.text(), c.kind(), c.paragraph(), c.keyPhrase(), 1)).toList();
            return drafts.createCourse(input, ticked, List.of("Opening day"));
        });
        assertThat(course.claims()).isPositive();

        retireEveryPooledConnection();
        String claim = "c01";
        byte[] gift = GIFT.formatted(claim, claim).getBytes(StandardCharsets.UTF_8);
        QuestionImportReport imported = users.as(instructor,
                () -> imports.importQuestions(course.courseId(), QuestionFormat.GIFT, gift, false));
        assertThat(imported.errors()).isEmpty();
        assertThat(imported.imported()).isEqualTo(2);

        retireEveryPooledConnection();
        long choice = users.as(instructor, () -> bank.entry(course.courseId(), "turnover-choice").orElseThrow().questionId());
        long essay = users.as(instructor, () -> bank.entry(course.courseId(), "turnover-essay").orElseThrow().questionId());
        users.run(instructor, () -> List.of(choice, essay).forEach(q -> editing.changeStatus(q, QuestionStatus.PUBLISHED)));
        retireEveryPooledConnection();
        long quizId = users.as(instructor, () -> builder.save(new QuizDraft(null, course.courseId(), 0, "Turnover check", "",
                null, 2, GradingMethod.HIGHEST, null, null, false, false, ReviewPolicy.AFTER_SUBMIT, 50,
                List.of(SlotDraft.fixed(choice, 1), SlotDraft.fixed(essay, 4)))));

        retireEveryPooledConnection();
        ClassInfo schoolClass = users.as(instructor, () -> classes.createClass("Turnover class " + suffix, course.courseId()));
        users.run(instructor, () -> classes.assignQuiz(schoolClass.id(), quizId, Instant.now().plus(Duration.ofDays(7))));

        retireEveryPooledConnection();
        String student = "turnover-student-" + suffix;
        users.as(null, () -> registration.register(schoolClass.joinCode(), student, "Turnover Student", "test-password-1"));

        retireEveryPooledConnection();
        long attemptId = users.as(student, () -> attemptStarts.startOrResume(quizId));
        retireEveryPooledConnection();
        users.run(student, () -> attemptAnswers.saveAnswer(attemptId, 2, List.of("It opened the harbour line.")));
        retireEveryPooledConnection();
        AttemptSummary submitted = users.as(student, () -> attemptSubmissions.submit(attemptId));
        assertThat(submitted.state().name()).isEqualTo("SUBMITTED");

        retireEveryPooledConnection();
        AttemptGrades graded = users.as(instructor, () -> grading.gradeEssay(attemptId, 2, 3, "Clear."));
        assertThat(graded.question(2).needsGrading()).isFalse();

        Map<String, Long> after = rowsOfTablesWithCheckConstraints();
        assertThat(after).hasSameSizeAs(before).isNotEmpty();
        after.forEach((table, rows) -> assertThat(rows)
                .as("rows written to %s, a table with a CHECK constraint", table)
                .isGreaterThan(before.get(table)));
    }

    /**
     * Retires every connection the pool holds, as its max-lifetime would, and waits until H2 has
     * closed the sessions of the idle ones: HikariCP closes retired connections on a thread of its own.
     */
    private void retireEveryPooledConnection() {
        Set<Integer> old = new HashSet<>(openSessions());
        dataSource.getHikariPoolMXBean().softEvictConnections();
        // a connection another thread holds (a background job of the shared context) is retired when it
        // comes back; every idle one closes now
        await().atMost(Duration.ofSeconds(30)).until(() -> openSessions().stream().filter(old::contains).count()
                <= dataSource.getHikariPoolMXBean().getActiveConnections());
    }

    private List<Integer> openSessions() {
        String sessions = PostgresTestDatabases.active()
                ? "select pid from pg_stat_activity where datname = current_database()"
                : "select session_id from information_schema.sessions";
        return jdbc.queryForList(sessions, Integer.class);
    }

    private Map<String, Long> rowsOfTablesWithCheckConstraints() {
        List<String> tables = jdbc.queryForList("""
                select distinct table_name from information_schema.table_constraints
                where constraint_type = 'CHECK' and lower(table_schema) = 'public'
                and lower(constraint_name) not like '%\\_not\\_null' escape '\\' order by table_name""", String.class);
        Map<String, Long> rows = new LinkedHashMap<>();
        // unquoted: H2 reports the names in capitals, PostgreSQL in small letters, and each folds them so
        tables.forEach(t -> rows.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return rows;
    }
}
