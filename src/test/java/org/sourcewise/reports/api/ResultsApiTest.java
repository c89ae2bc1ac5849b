package org.sourcewise.reports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.sourcewise.reports.ResultsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsApiTest {

    private static final String PASSWORD = "test-password-1";

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    ResultsFixtures.View f;

    @BeforeAll
    void seed(@Autowired CourseService courses, @Autowired QuizService quizzes, @Autowired AccountService accounts,
              @Autowired TestClasses classes, @Autowired TestUsers users, @Autowired TestAnswers answers,
              @Autowired MutableClock clock) {
        f = ResultsFixtures.create(courses, quizzes, accounts, classes, users, answers, clock);
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void anonymous_callers_get_401_and_students_403() throws Exception {
        mvc.perform(get("/api/v1/classes")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/classes").with(httpBasic("student", "demo-student"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics").with(httpBasic("student", "demo-student")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_instructor_lists_only_the_classes_they_teach_and_an_admin_all() throws Exception {
        mvc.perform(get("/api/v1/classes").with(httpBasic(f.instructor(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(f.classId()))
                .andExpect(jsonPath("$[0].students").value(3));
        mvc.perform(get("/api/v1/classes").with(httpBasic("admin", "demo-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) f.classId())))
                .andExpect(jsonPath("$[*].joinCode").value(hasItem("DEMO-2017")));
    }

    @Test
    void the_json_gradebook_has_one_row_per_student_and_quiz() throws Exception {
        mvc.perform(get("/api/v1/classes/" + f.classId() + "/gradebook").with(httpBasic(f.instructor(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[?(@.username == '" + f.a() + "' && @.quizKey == 'checkpoint-1')].grade").value(hasItem(100.0)))
                .andExpect(jsonPath("$[?(@.username == '" + f.a() + "' && @.quizKey == 'checkpoint-1')].attempts").value(hasItem(2)))
                .andExpect(jsonPath("$[?(@.username == '" + f.b() + "' && @.quizKey == 'checkpoint-1')].late").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.username == '" + f.c() + "' && @.quizKey == 'checkpoint-2')].status").value(hasItem("IN_PROGRESS")))
                .andExpect(jsonPath("$[?(@.username == '" + f.c() + "' && @.quizKey == 'checkpoint-1')].grade").value(hasItem(nullValue())));
    }

    @Test
    void the_csv_gradebook_has_a_header_and_the_same_rows() throws Exception {
        String csv = mvc.perform(get("/api/v1/classes/" + f.classId() + "/gradebook?format=csv").with(httpBasic(f.instructor(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(6);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ClassesApiController.CSV_HEADER));
        CSVRecord late = records.stream().filter(r -> r.get("username").equals(f.b()) && r.get("quizKey").equals("checkpoint-1"))
                .findFirst().orElseThrow();
        assertThat(late.get("grade")).isEqualTo("50.0");
        assertThat(late.get("late")).isEqualTo("true");
        assertThat(late.get("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void another_instructors_class_and_an_unknown_class_are_404_and_a_bad_format_400() throws Exception {
        mvc.perform(get("/api/v1/classes/" + f.classId() + "/gradebook").with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/classes/987654321/gradebook").with(httpBasic("admin", "demo-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/classes/" + f.classId() + "/gradebook?format=pdf").with(httpBasic("admin", "demo-admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void statistics_give_the_hand_computed_figures_and_null_where_undefined() throws Exception {
        // FIRST attempts: 10/10 and 5/10. Mean 75, median 75, SD 35.36; no alpha with two attempts.
        mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics").with(httpBasic(f.instructor(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attempts").value(2))
                .andExpect(jsonPath("$.mean").value(closeTo(75.0, 1e-9)))
                .andExpect(jsonPath("$.median").value(closeTo(75.0, 1e-9)))
                .andExpect(jsonPath("$.sd").value(closeTo(35.35533906, 1e-6)))
                .andExpect(jsonPath("$.cronbachAlpha").value(nullValue()))
                .andExpect(jsonPath("$.errorRatio").value(nullValue()))
                .andExpect(jsonPath("$.questions", not(hasSize(0))))
                .andExpect(jsonPath("$.questions[0].questionId").isString())
                .andExpect(jsonPath("$.questions[0].facility").isNumber());
        String body = mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics?selection=ALL")
                        .with(httpBasic(f.instructor(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attempts").value(3))
                .andExpect(jsonPath("$.cronbachAlpha").value(closeTo(26.0 / 27, 1e-9)))
                .andExpect(jsonPath("$.errorRatio").value(closeTo(100 * Math.sqrt(1.0 / 27), 1e-9)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void statistics_of_a_quiz_not_assigned_to_the_instructors_classes_are_403_and_an_unknown_quiz_404() throws Exception {
        mvc.perform(get("/api/v1/quizzes/" + f.finalQuiz() + "/statistics").with(httpBasic(f.instructor(), PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quizzes/987654321/statistics").with(httpBasic("admin", "demo-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics?selection=BEST").with(httpBasic("admin", "demo-admin")))
                .andExpect(status().isBadRequest());
    }
}
