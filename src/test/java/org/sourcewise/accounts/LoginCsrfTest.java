package org.sourcewise.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.classes.TestClasses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login CSRF: a form on another site that posts a username and password to /login cannot sign the
 * victim's browser into the attacker's account, because it cannot know the CSRF token of the
 * victim's session (and the session cookie, SameSite=Lax, does not travel with a cross-site POST).
 */
@IntegrationTest
class LoginCsrfTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClasses classes;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void a_login_post_without_the_sessions_csrf_token_signs_no_one_in() throws Exception {
        String attacker = classes.newInstructor();

        mvc.perform(post("/login").param("username", attacker).param("password", "test-password-1")
                        .header("Origin", "https://evil.example"))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", attacker).param("password", "test-password-1").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", attacker).param("password", "test-password-1").with(csrf()))
                .andExpect(authenticated().withUsername(attacker));
    }
}
