package org.sourcewise.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A script that tries join codes from one address is stopped; a class registering together is not. */
@IntegrationTest
class JoinCodeLimitsTest {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    @Autowired
    RegistrationService registration;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    TestClasses classes;

    @AfterEach
    void reset() {
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    private static String from() {
        String address = "192.0.2." + NEXT.getAndIncrement();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return address;
    }

    @Test
    void after_ten_wrong_codes_no_code_is_looked_up_from_that_address_for_ten_minutes() {
        from();
        assertThat(users.as(null, () -> registration.classNameFor("DEMO-2017"))).isPresent();
        for (int i = 0; i < 10; i++) {
            assertThat(users.as(null, () -> registration.classNameFor("GUESS-" + NEXT.get()))).isEmpty();
        }

        assertThat(users.as(null, () -> registration.classNameFor("DEMO-2017"))).isEmpty();
        assertThatThrownBy(() -> users.as(null, () -> registration.register("DEMO-2017", Unique.name("late"), "Late", "river-lamp-73")))
                .isInstanceOfSatisfying(RegistrationException.class, e -> {
                    assertThat(e.field()).isEqualTo("joinCode");
                    assertThat(e.getMessage()).contains("Too many wrong join codes");
                });

        from();
        assertThat(users.as(null, () -> registration.classNameFor("DEMO-2017"))).isPresent();
    }

    @Test
    void the_pause_ends_once_the_wrong_codes_are_older_than_ten_minutes() {
        from();
        for (int i = 0; i < 10; i++) {
            users.as(null, () -> registration.classNameFor("GUESS-X"));
        }
        assertThat(users.as(null, () -> registration.classNameFor("DEMO-2017"))).isEmpty();

        clock.advance(Duration.ofMinutes(11));
        assertThat(users.as(null, () -> registration.classNameFor("DEMO-2017"))).isPresent();
    }

    @Test
    void a_whole_class_registers_from_one_address_but_not_a_flood() {
        String code = classes.newClass(null, java.util.Map.of()).joinCode();
        from();
        for (int i = 0; i < 60; i++) {
            users.as(null, () -> registration.register(code, Unique.name("pupil"), "Pupil", "river-lamp-73"));
        }

        assertThatThrownBy(() -> users.as(null, () -> registration.register(code, Unique.name("pupil"), "Pupil", "river-lamp-73")))
                .isInstanceOfSatisfying(RegistrationException.class, e -> assertThat(e.getMessage()).contains("in the last hour"));
    }
}
