package org.sourcewise.learning;

import org.sourcewise.TestUsers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A new student of the demo class, logged in for the rest of the test: tests that change a student's
 * progress start from nothing and do not meet other tests' changes in the shared database.
 */
public final class Learners {

    private Learners() {
    }

    /** Registers a new demo-class student and makes them the caller; returns the username. */
    public static String actAsNewStudent(TestUsers users, UserDetailsService userDetails) {
        String username = users.newDemoStudent();
        UserDetails student = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(student, null, student.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return username;
    }
}
