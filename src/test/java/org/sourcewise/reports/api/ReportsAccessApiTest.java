package org.sourcewise.reports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.sourcewise.reports.ResultsFixtures;
import org.sourcewise.reports.exports.GradebookExport;
import org.sourcewise.reports.exports.StatisticsExport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every REST call of reports with the four callers that matter: a student, the instructor of another
 * class (one with no quiz, and one with the same quiz assigned to an empty class), the class's
 * instructor and an admin; and the XLSX and CSV exports read back.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsAccessApiTest {

    private static final String PASSWORD = "test-password-1";

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    ResultsFixtures.View f;
    String otherInstructor;
    String sameQuizInstructor;

    @BeforeAll
    void seed(@Autowired CourseService courses, @Autowired QuizService quizzes, @Autowired AccountService accounts,
              @Autowired TestClasses classes, @Autowired TestUsers users, @Autowired TestAnswers answers,
              @Autowired MutableClock clock) {
        f = ResultsFixtures.create(courses, quizzes, accounts, classes, users, answers, clock);
        long courseId = users.as("admin", () -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        otherInstructor = classes.newClass(courseId, Map.of()).instructor();
        sameQuizInstructor = classes.newClass(courseId, java.util.Collections.singletonMap(f.checkpoint1(), null)).instructor();
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private RequestPostProcessor student() {
        return httpBasic("student", "demo-student");
    }

    private RequestPostProcessor other() {
        return httpBasic(otherInstructor, PASSWORD);
    }

    private RequestPostProcessor owner() {
        return httpBasic(f.instructor(), PASSWORD);
    }

    private RequestPostProcessor admin() {
        return httpBasic("admin", "demo-admin");
    }

    @Test
    void class_list_a_student_is_refused_another_instructor_does_not_see_the_class_its_instructor_and_an_admin_do() throws Exception {
        mvc.perform(get("/api/v1/classes").with(student())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/classes").with(other())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) f.classId()))));
        mvc.perform(get("/api/v1/classes").with(owner())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) f.classId())));
        mvc.perform(get("/api/v1/classes").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) f.classId())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "xlsx"})
    void gradebook_in_every_format_is_refused_to_a_student_unknown_to_another_instructor_and_given_to_its_instructor_and_an_admin(String format)
            throws Exception {
        String url = "/api/v1/classes/" + f.classId() + "/gradebook?format=" + format;
        mvc.perform(get(url).with(student())).andExpect(status().isForbidden());
        // a class the caller does not teach answers as one that does not exist
        mvc.perform(get(url).with(other())).andExpect(status().isNotFound());
        mvc.perform(get(url).with(owner())).andExpect(status().isOk());
        mvc.perform(get(url).with(admin())).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv"})
    void statistics_in_every_format_are_refused_to_a_student_and_an_instructor_without_the_quiz_and_given_to_the_classs_instructor_and_an_admin(
            String format) throws Exception {
        String url = "/api/v1/quizzes/" + f.checkpoint1() + "/statistics?format=" + format;
        mvc.perform(get(url).with(student())).andExpect(status().isForbidden());
        mvc.perform(get(url).with(other())).andExpect(status().isForbidden());
        mvc.perform(get(url).with(owner())).andExpect(status().isOk());
        mvc.perform(get(url).with(admin())).andExpect(status().isOk());
    }

    @Test
    void an_instructor_with_the_same_quiz_in_another_class_sees_none_of_this_classs_attempts() throws Exception {
        mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics").with(httpBasic(sameQuizInstructor, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attempts").value(0));
        mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics").with(owner()))
                .andExpect(jsonPath("$.attempts").value(2));
    }

    @Test
    void the_xlsx_gradebook_opens_and_holds_a_row_per_student_with_their_grades() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/classes/" + f.classId() + "/gradebook?format=xlsx").with(owner()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(GradebookExport.XLSX_TYPE))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"gradebook-" + f.classId() + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.findSheet("Gradebook").orElseThrow().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Checkpoint 1: Moscow's lifelines to Pyongyang (%)");
            Row a = rows.stream().filter(r -> r.getCellText(1).equals(f.a())).findFirst().orElseThrow();
            assertThat(a.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("100");
            Row b = rows.stream().filter(r -> r.getCellText(1).equals(f.b())).findFirst().orElseThrow();
            assertThat(b.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("50");
            Row c = rows.stream().filter(r -> r.getCellText(1).equals(f.c())).findFirst().orElseThrow();
            assertThat(c.getCellText(2)).isEmpty();
            assertThat(workbook.findSheet("Details").orElseThrow().read()).hasSize(1 + 3 * 2);
        }
    }

    @Test
    void the_item_statistics_csv_has_a_row_per_question_of_the_json_with_the_same_facility() throws Exception {
        String json = mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics?selection=ALL").with(owner()))
                .andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics?selection=ALL&format=csv").with(owner()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + StatisticsExport.fileName(f.checkpoint1()) + "\""))
                .andReturn().getResponse().getContentAsString();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        List<Object> ids = com.jayway.jsonpath.JsonPath.read(json, "$.questions[*].questionId");
        assertThat(rows).extracting(r -> r.get("questionId")).containsExactlyElementsOf(ids.stream().map(String::valueOf).toList());
        assertThat(Double.parseDouble(rows.getFirst().get("facility")))
                .isCloseTo(((Number) ((Object) com.jayway.jsonpath.JsonPath.read(json, "$.questions[0].facility"))).doubleValue(),
                        org.assertj.core.data.Offset.offset(1e-4));
        // each attempt draws its ten questions from a pool: a question was seen by one to three of the attempts
        assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("attempts"))).isBetween(1, 3));
    }

    @Test
    void an_unknown_format_is_a_400() throws Exception {
        mvc.perform(get("/api/v1/quizzes/" + f.checkpoint1() + "/statistics?format=xlsx").with(admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/classes/" + f.classId() + "/gradebook?format=pdf").with(admin()))
                .andExpect(status().isBadRequest());
    }
}
