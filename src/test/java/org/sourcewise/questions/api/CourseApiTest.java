package org.sourcewise.questions.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.content.internal.TestCourses;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.formats.QuestionFormat;
import org.sourcewise.questions.formats.QuestionFormats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class CourseApiTest {

    private static final AtomicInteger COURSES = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestCourses testCourses;
    @Autowired
    TestUsers users;
    @Autowired
    QuestionBankService bank;
    MockMvc mvc;

    private long count(long courseId) {
        return users.as("instructor", () -> bank.count(courseId));
    }

    private static byte[] file(String name) throws Exception {
        return new ClassPathResource("imports/" + name).getContentAsByteArray();
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void anonymous_callers_get_401() throws Exception {
        mvc.perform(get("/api/v1/courses")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("username and password")));
    }

    @Test
    void students_get_403() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("student", "demo-student"))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("instructors and administrators")));
    }

    @Test
    void a_wrong_password_gets_401() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("instructor", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void an_instructor_lists_courses_with_source_and_counts() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == 'russia-north-korea-2017')].source.author").value(hasItem("Samuel Ramani")))
                .andExpect(jsonPath("$[?(@.slug == 'russia-north-korea-2017')].source.date").value(hasItem("2017-02-13")))
                .andExpect(jsonPath("$[?(@.slug == 'russia-north-korea-2017')].claims").value(hasItem(greaterThanOrEqualTo(30))))
                .andExpect(jsonPath("$[?(@.slug == 'russia-north-korea-2017')].questions").value(hasItem(greaterThanOrEqualTo(60))));
    }

    @Test
    void an_admin_reads_the_claims_of_a_course_with_citations() throws Exception {
        mvc.perform(get("/api/v1/courses/russia-north-korea-2017/claims").with(httpBasic("admin", "demo-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ordinal").value(1))
                .andExpect(jsonPath("$[0].key").value("c01"))
                .andExpect(jsonPath("$[2].key").value("c03"))
                .andExpect(jsonPath("$[0].paragraph").value(1))
                .andExpect(jsonPath("$[0].keyPhrase").isString())
                .andExpect(jsonPath("$[0].lesson").value("l1"));
    }

    @Test
    void the_openapi_description_explains_the_claim_key() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ClaimJson.properties.key.description").value(containsString("questions cite")));
    }

    @Test
    void an_unknown_course_is_404() throws Exception {
        mvc.perform(get("/api/v1/courses/nope/claims").with(httpBasic("admin", "demo-admin"))).andExpect(status().isNotFound());
    }

    @Test
    void health_and_the_openapi_document_are_public() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/v1/courses']").exists());
    }

    @Test
    void the_bank_exports_as_sourcewise_json_by_default_and_as_gift_on_request() throws Exception {
        String slug = "api-export-" + COURSES.incrementAndGet();
        testCourses.sampleCopy(slug);
        mvc.perform(get("/api/v1/courses/" + slug + "/questions").with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.format").value("sourcewise-questions"))
                .andExpect(jsonPath("$.questions[?(@.key == 'q1')].claims[0]").value(hasItem("c01")));
        mvc.perform(get("/api/v1/courses/" + slug + "/questions?format=gift").with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(header().string("Sourcewise-Skipped", "0"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("// key: q1")));
    }

    @Test
    void the_bank_exports_as_moodle_xml_that_imports_back_equal_into_another_course() throws Exception {
        String from = "api-xml-" + COURSES.incrementAndGet();
        long fromId = testCourses.sampleCopy(from);
        String to = "api-xml-empty-" + COURSES.incrementAndGet();
        long toId = testCourses.emptyBankCopy(to);

        byte[] exported = mvc.perform(get("/api/v1/courses/" + from + "/questions?format=moodlexml")
                        .with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(post("/api/v1/courses/" + to + "/questions?format=moodlexml").content(exported)
                        .contentType(MediaType.APPLICATION_XML).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isOk());

        var original = users.as("instructor", () -> bank.export(fromId));
        var copy = users.as("instructor", () -> bank.export(toId));
        assertThat(copy).isEqualTo(original.stream().filter(q -> q.type() != org.sourcewise.questions.QuestionType.CLOZE).toList());
    }

    @Test
    void the_first_course_exports_its_matching_questions_to_gift_and_csv() {
        var specs = users.as("instructor", () -> bank.export(testCourseId("russia-north-korea-2017")));
        var matchingKeys = specs.stream().filter(q -> q.type() == org.sourcewise.questions.QuestionType.MATCHING)
                .map(q -> q.key() + ":").toList();
        assertThat(matchingKeys).isNotEmpty();

        for (QuestionFormat format : java.util.List.of(QuestionFormat.GIFT, QuestionFormat.CSV)) {
            var export = QuestionFormats.export(format, specs);
            assertThat(export.skipped()).as(format.name()).noneMatch(skip -> matchingKeys.stream().anyMatch(skip::startsWith));
        }
    }

    private long testCourseId(String slug) {
        return org.sourcewise.accounts.SystemTask.call(() -> context.getBean(org.sourcewise.content.CourseService.class)
                .findCourse(slug).orElseThrow().id());
    }

    @Test
    void students_may_not_import_questions_and_anonymous_callers_must_log_in() throws Exception {
        long courseId = testCourses.sampleCopy("api-import-" + COURSES.incrementAndGet());
        String slug = "api-import-" + COURSES.get();
        long before = count(courseId);

        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=gift").content(file("good.gift"))
                        .contentType(MediaType.TEXT_PLAIN).with(httpBasic("student", "demo-student")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=gift").content(file("good.gift"))
                        .contentType(MediaType.TEXT_PLAIN))
                .andExpect(status().isUnauthorized());

        assertThat(count(courseId)).isEqualTo(before);
    }

    @Test
    void a_gift_import_with_an_error_answers_422_with_every_line_and_stores_nothing() throws Exception {
        String slug = "api-import-" + COURSES.incrementAndGet();
        long courseId = testCourses.sampleCopy(slug);
        long before = count(courseId);

        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=gift").content(file("bad.gift"))
                        .contentType(MediaType.TEXT_PLAIN).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("3 errors; nothing was imported")))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[1].line").value(6))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("no claim 'c99'")))
                .andExpect(jsonPath("$.errors[2].line").value(9));

        assertThat(count(courseId)).isEqualTo(before);
    }

    @Test
    void a_dry_run_answers_what_would_be_imported_and_stores_nothing() throws Exception {
        String slug = "api-import-" + COURSES.incrementAndGet();
        long courseId = testCourses.sampleCopy(slug);
        long before = count(courseId);

        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=gift&dryRun=true").content(file("good.gift"))
                        .contentType(MediaType.TEXT_PLAIN).with(httpBasic("admin", "demo-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.byType.SINGLE_CHOICE").value(1))
                .andExpect(jsonPath("$.byType.TRUE_FALSE").value(1))
                .andExpect(jsonPath("$.warnings[?(@.line == 19)].message").value(hasItem("question 'imp-2' is not linked to any claim")))
                .andExpect(jsonPath("$.dryRun").value(true));

        assertThat(count(courseId)).isEqualTo(before);
    }

    @Test
    void a_file_over_two_megabytes_answers_413_and_stores_nothing() throws Exception {
        String slug = "api-import-" + COURSES.incrementAndGet();
        long courseId = testCourses.sampleCopy(slug);
        long before = count(courseId);
        byte[] big = "x".repeat(2 * 1024 * 1024 + 10).getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=gift").content(big)
                        .contentType(MediaType.TEXT_PLAIN).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("the file is 2,097,162 bytes (2.1 MB); files of up to 2 MB"
                        + " (2,097,152 bytes) can be imported. Split it into smaller files."))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("up to 2 MB")));

        assertThat(count(courseId)).isEqualTo(before);
    }

    private String course() {
        String slug = "api-import-" + COURSES.incrementAndGet();
        testCourses.sampleCopy(slug);
        return slug;
    }

    @Test
    void a_file_far_over_the_limit_is_refused_with_its_own_size_not_the_bytes_read() throws Exception {
        String slug = course();
        byte[] big = "x".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=gift&dryRun=true").content(big)
                        .contentType(MediaType.TEXT_PLAIN).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(startsWith("the file is 5,242,880 bytes (5.0 MB); files of up to 2 MB")));
    }

    @Test
    void a_file_with_hundreds_of_errors_lists_the_first_hundred_and_counts_the_rest() throws Exception {
        String slug = course();
        byte[] file = "A. an option before any question\n".repeat(250).getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=aiken&dryRun=true").content(file)
                        .contentType(MediaType.TEXT_PLAIN).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The file has 250 errors; nothing was imported. The first 100 are"
                        + " listed with their lines."))
                .andExpect(jsonPath("$.errors.length()").value(100))
                .andExpect(jsonPath("$.errors[99].line").value(100))
                .andExpect(jsonPath("$.moreErrors").value(150));
    }

    @Test
    void an_infinite_number_is_a_422_naming_its_line_in_json_and_gift() throws Exception {
        String slug = course();
        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=json&dryRun=true")
                        .content("{\"format\": \"sourcewise-questions\",\n\"version\": 1e400, \"questions\": []}")
                        .contentType(MediaType.APPLICATION_JSON).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("version is a number too large to hold"));
        mvc.perform(post("/api/v1/courses/" + slug + "/questions?format=gift&dryRun=true").content("N {#1:1e400}")
                        .contentType(MediaType.TEXT_PLAIN).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("'1e400' is too large a number")));
    }

    @Test
    void a_json_export_imported_into_another_course_gives_equal_questions() throws Exception {
        String from = "api-export-" + COURSES.incrementAndGet();
        long fromId = testCourses.sampleCopy(from);
        mvc.perform(post("/api/v1/courses/" + from + "/questions?format=gift").content(file("good.gift"))
                .contentType(MediaType.TEXT_PLAIN).with(httpBasic("instructor", "demo-instructor"))).andExpect(status().isOk());
        String to = "api-empty-" + COURSES.incrementAndGet();
        long toId = testCourses.emptyBankCopy(to);

        byte[] exported = mvc.perform(get("/api/v1/courses/" + from + "/questions?format=json")
                        .with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(post("/api/v1/courses/" + to + "/questions?format=json").content(exported)
                        .contentType(MediaType.APPLICATION_JSON).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(7));

        var original = users.as("instructor", () -> bank.export(fromId));
        var copy = users.as("instructor", () -> bank.export(toId));
        assertThat(copy).hasSize(7).isEqualTo(original);
        assertThat(QuestionFormats.parse(QuestionFormat.JSON, exported).questions()).isEqualTo(original);
    }

    @Test
    void a_form_encoded_body_is_refused_because_it_would_not_arrive_as_written() throws Exception {
        mvc.perform(post("/api/v1/courses/sample-course/questions?format=gift").content(file("good.gift"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).with(httpBasic("instructor", "demo-instructor")))
                .andExpect(status().isUnsupportedMediaType());
    }
}
