package org.sourcewise.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserAdminService;
import org.sourcewise.accounts.internal.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two nodes, one database (issue 14): an admin on node A deactivates a student or changes a role, and
 * the student's session on node B ends at its next request there, though B's session registry never
 * heard of the change. Node B is played by a second registry and filter over the same database.
 */
@IntegrationTest
class SessionsEndedElsewhereTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    UserAdminService admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private final SessionRegistry nodeB = new SessionRegistryImpl();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private SessionsEndedElsewhere filter() {
        return new SessionsEndedElsewhere(nodeB, accounts, clock, Duration.ofSeconds(5));
    }

    /** One request of this session through node B's filter. */
    private static void request(SessionsEndedElsewhere filter, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private MockHttpSession loggedInOnNodeB(String username) {
        MockHttpSession session = new MockHttpSession();
        nodeB.registerNewSession(session.getId(), (AccountPrincipal) userDetails.loadUserByUsername(username));
        return session;
    }

    @Test
    void a_student_deactivated_on_another_node_is_logged_out_here_at_the_next_request() throws Exception {
        String student = users.newDemoStudent();
        String classmate = users.newDemoStudent();
        SessionsEndedElsewhere filter = filter();
        MockHttpSession session = loggedInOnNodeB(student);
        MockHttpSession other = loggedInOnNodeB(classmate);
        request(filter, session);
        request(filter, other);
        clock.advance(Duration.ofSeconds(1));

        users.run("admin", () -> admin.setEnabled(((AccountPrincipal) userDetails.loadUserByUsername(student)).id(), false));
        clock.advance(Duration.ofSeconds(6)); // node B reads the ended sessions again after 5 s
        request(filter, session);
        request(filter, other);

        assertThat(nodeB.getSessionInformation(session.getId()).isExpired()).isTrue();
        assertThat(nodeB.getSessionInformation(other.getId()).isExpired()).isFalse();
    }

    @Test
    void after_a_role_change_only_sessions_from_before_it_end() throws Exception {
        String student = users.newDemoStudent();
        SessionsEndedElsewhere filter = filter();
        MockHttpSession before = loggedInOnNodeB(student);
        request(filter, before);
        clock.advance(Duration.ofSeconds(1));
        users.run("admin", () -> admin.changeRole(((AccountPrincipal) userDetails.loadUserByUsername(student)).id(), Role.INSTRUCTOR));
        clock.advance(Duration.ofSeconds(1));
        MockHttpSession after = loggedInOnNodeB(student); // logged in again, with the new role
        request(filter, after);
        clock.advance(Duration.ofSeconds(6));

        request(filter, before);
        request(filter, after);

        assertThat(nodeB.getSessionInformation(before.getId()).isExpired()).isTrue();
        assertThat(nodeB.getSessionInformation(after.getId()).isExpired()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ? and sessions_ended_at is not null",
                Integer.class, student)).isEqualTo(1);
    }
}
