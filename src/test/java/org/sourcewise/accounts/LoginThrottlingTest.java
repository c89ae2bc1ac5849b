package org.sourcewise.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditEntry;
import org.sourcewise.audit.AuditLog;
import org.sourcewise.audit.AuditQuery;
import org.sourcewise.classes.TestClasses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Failed logins lock an account and pause an address, on the login form and on HTTP Basic alike. */
@IntegrationTest
class LoginThrottlingTest {

    // each test guesses from addresses of its own, so that no other test's logins from 127.0.0.1 are paused
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClasses classes;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String newAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "198.51.100." + n;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static org.springframework.test.web.servlet.RequestBuilder formLogin(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private List<AuditEntry> entries(String target, String action) {
        return users.as("admin", () -> audit.search(new AuditQuery(target, action, null, null), 0, 50));
    }

    @Test
    void after_five_wrong_passwords_the_right_one_is_refused_like_a_wrong_one_and_the_lockout_is_audited_once()
            throws Exception {
        String teacher = classes.newInstructor();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "wrong-password")).with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        String wrongAnswer = mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "wrong-password")).with(from(address)))
                .andReturn().getResponse().getContentAsString();

        var refused = mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1")).with(from(newAddress())))
                .andExpect(status().isUnauthorized()).andReturn().getResponse();

        assertThat(refused.getContentAsString()).isEqualTo(wrongAnswer);
        assertThat(entries("user:" + teacher, AuditAction.LOGIN_FAILED)).hasSize(5);
        assertThat(entries("user:" + teacher.toLowerCase(), AuditAction.LOGIN_LOCKED_OUT)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("5 failed logins", "refused until"));

        clock.advance(Duration.ofSeconds(61));
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1")).with(from(address)))
                .andExpect(status().isOk());
    }

    @Test
    void the_login_form_locks_the_same_way_and_the_lockout_ends() throws Exception {
        String teacher = classes.newInstructor();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin(teacher, "nope-nope", address))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin(teacher, "test-password-1", address))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1")).with(from(newAddress())))
                .andExpect(status().isUnauthorized());

        clock.advance(Duration.ofSeconds(61));
        mvc.perform(formLogin(teacher, "test-password-1", address))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void twenty_failures_from_one_address_pause_that_address_for_every_account_but_not_others() throws Exception {
        String teacher = classes.newInstructor();
        String guesser = newAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/courses").with(httpBasic("nobody-" + i + "-" + teacher, "guess")).with(from(guesser)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1")).with(from(guesser)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1")).with(from(newAddress())))
                .andExpect(status().isOk());
        assertThat(entries("address:" + guesser, AuditAction.LOGIN_LOCKED_OUT)).hasSize(1);

        clock.advance(Duration.ofSeconds(61));
        mvc.perform(get("/api/v1/courses").with(httpBasic(teacher, "test-password-1")).with(from(guesser)))
                .andExpect(status().isOk());
    }
}
