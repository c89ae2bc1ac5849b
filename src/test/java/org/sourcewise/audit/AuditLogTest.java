package org.sourcewise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.classes.TestClasses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TestUsers users;
    @Autowired
    TestClasses classes;
    @Autowired
    MutableClock clock;
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<AuditEntry> entries(String text, String action) {
        return users.as("admin", () -> audit.search(new AuditQuery(text, action, null, null), 0, 50));
    }

    @Test
    void a_login_over_http_basic_is_recorded_with_the_user_as_actor() throws Exception {
        String teacher = classes.newInstructor();
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1"))).andExpect(status().isOk());

        assertThat(entries("user:" + teacher, AuditAction.LOGIN)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(teacher);
            assertThat(e.detail()).contains("HTTP Basic");
        });
    }

    @Test
    void of_a_users_successful_api_logins_only_the_first_in_an_hour_is_recorded() throws Exception {
        String teacher = classes.newInstructor();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1"))).andExpect(status().isOk());
        }
        assertThat(entries("user:" + teacher, AuditAction.LOGIN)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("HTTP Basic", "within an hour are not recorded"));

        clock.advance(Duration.ofMinutes(59));
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1"))).andExpect(status().isOk());
        assertThat(entries("user:" + teacher, AuditAction.LOGIN)).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1"))).andExpect(status().isOk());
        assertThat(entries("user:" + teacher, AuditAction.LOGIN)).hasSize(2);
    }

    @Test
    void every_failed_api_login_and_every_form_login_is_still_recorded() throws Exception {
        String teacher = classes.newInstructor();
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1"))).andExpect(status().isOk());
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "wrong-password"))).andExpect(status().isUnauthorized());
            mvc.perform(formLogin("/login").user(teacher).password("test-password-1"));
        }
        assertThat(entries("user:" + teacher, AuditAction.LOGIN_FAILED)).hasSize(3);
        assertThat(entries("user:" + teacher, AuditAction.LOGIN)).extracting(AuditEntry::detail)
                .filteredOn(d -> d.startsWith("login form")).hasSize(3);
    }

    @Test
    void a_wrong_password_and_an_unknown_user_are_recorded_as_failed_logins() throws Exception {
        String teacher = classes.newInstructor();
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "wrong-password"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/courses").with(httpBasic("nobody-" + teacher, "x"))).andExpect(status().isUnauthorized());

        assertThat(entries(teacher, AuditAction.LOGIN_FAILED)).hasSize(2)
                .allSatisfy(e -> assertThat(e.detail()).contains("wrong username or password"))
                .extracting(AuditEntry::target).containsExactlyInAnyOrder("user:" + teacher, "user:nobody-" + teacher);
        assertThat(entries(teacher, AuditAction.LOGIN)).isEmpty();
    }

    @Test
    void the_browsers_login_form_records_success_and_failure() throws Exception {
        String teacher = classes.newInstructor();
        mvc.perform(formLogin("/login").user(teacher).password("nope-nope"));
        mvc.perform(formLogin("/login").user(teacher).password("test-password-1"));

        assertThat(entries("user:" + teacher, null)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.LOGIN, AuditAction.LOGIN_FAILED);
        assertThat(entries("user:" + teacher, null)).allSatisfy(e -> assertThat(e.detail()).contains("login form"));
    }

    @Test
    void the_search_finds_by_text_action_and_day_newest_first_a_page_at_a_time() {
        String marker = "marker-" + System.nanoTime();
        users.run("instructor", () -> audit.record("TEST_ACTION", "thing:" + marker, "first"));
        clock.advance(Duration.ofDays(3));
        users.run("instructor", () -> audit.record("TEST_ACTION", "thing:" + marker, "second"));
        users.run("instructor", () -> audit.record("OTHER_ACTION", "thing:" + marker, "third"));

        assertThat(entries(marker, null)).extracting(AuditEntry::detail).containsExactly("third", "second", "first");
        assertThat(entries(marker.toUpperCase(), "TEST_ACTION")).extracting(AuditEntry::detail).containsExactly("second", "first");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        List<AuditEntry> lastTwoDays = users.as("admin", () -> audit.search(
                new AuditQuery(marker, null, today.minusDays(1), today), 0, 10));
        assertThat(lastTwoDays).extracting(AuditEntry::detail).containsExactly("third", "second");
        assertThat(users.as("admin", () -> audit.search(new AuditQuery(marker, null, null, null), 1, 1)))
                .extracting(AuditEntry::detail).containsExactly("second");
        assertThat(users.as("admin", () -> audit.count(new AuditQuery(marker, null, null, null)))).isEqualTo(3);
        assertThat(entries(marker, null)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("instructor"));
        // the actor's username matches too
        assertThat(users.as("admin", () -> audit.search(new AuditQuery("instructor", "TEST_ACTION", null, null), 0, 100)))
                .extracting(AuditEntry::target).contains("thing:" + marker);
    }

    @Test
    void only_admins_read_the_audit_log() {
        for (String who : List.of("student", "instructor")) {
            assertThatThrownBy(() -> users.as(who, () -> audit.search(AuditQuery.all(), 0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.as(who, () -> audit.count(AuditQuery.all()))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.as("admin", () -> audit.count(AuditQuery.all()))).isPositive();
    }
}
