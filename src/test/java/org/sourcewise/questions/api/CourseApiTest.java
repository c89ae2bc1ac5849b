package org.sourcewise.questions.api;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class CourseApiTest {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void anonymous_callers_get_401() throws Exception {
        mvc.perform(get("/api/v1/courses")).andExpect(status().isUnauthorized());
    }

    @Test
    void students_get_403() throws Exception {
        mvc.perform(get("/api/v1/courses").with(httpBasic("student", "demo-student"))).andExpect(status().isForbidden());
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
                .andExpect(jsonPath("$[0].paragraph").value(1))
                .andExpect(jsonPath("$[0].keyPhrase").isString())
                .andExpect(jsonPath("$[0].lesson").value("l1"));
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
}
