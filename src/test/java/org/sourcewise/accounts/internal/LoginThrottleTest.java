package org.sourcewise.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.MutableClock;
import org.sourcewise.accounts.LoginLockedOut;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Limits.defaults(), clock, 4);

    private List<LoginLockedOut> fail(String user, String address, int times) {
        List<LoginLockedOut> started = List.of();
        for (int i = 0; i < times; i++) {
            started = throttle.failed(user, address);
        }
        return started;
    }

    @Test
    void four_failures_leave_an_account_open_and_the_fifth_locks_it_once() {
        assertThat(fail("ada", "10.0.0.1", 4)).isEmpty();
        assertThat(throttle.refusal("ada", "10.0.0.1")).isEmpty();

        List<LoginLockedOut> started = throttle.failed("ada", "10.0.0.2");

        assertThat(started).singleElement().satisfies(l -> {
            assertThat(l.scope()).isEqualTo(LoginLockedOut.Scope.ACCOUNT);
            assertThat(l.subject()).isEqualTo("ada");
            assertThat(l.until()).isAfter(clock.instant().plus(Duration.ofSeconds(59)));
        });
        assertThat(throttle.refusal("ADA ", "10.9.9.9")).contains(LoginThrottle.Refusal.ACCOUNT_LOCKED);
        assertThat(throttle.refusal("grace", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        fail("ada", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.failed("ada", "10.0.0.1")).isEmpty();
        assertThat(throttle.refusal("ada", "10.0.0.1")).isEmpty();
    }

    @Test
    void each_further_lockout_lasts_twice_as_long_up_to_an_hour() {
        fail("ada", "a", 5);
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.refusal("ada", "a")).isEmpty();

        LoginLockedOut second = fail("ada", "b", 5).getFirst();
        assertThat(Duration.between(clock.instant(), second.until())).isBetween(Duration.ofSeconds(119), Duration.ofMinutes(2));
        clock.advance(Duration.ofSeconds(90));
        assertThat(throttle.refusal("ada", "a")).contains(LoginThrottle.Refusal.ACCOUNT_LOCKED);

        assertThat(throttle.lockoutFor(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(throttle.lockoutFor(7)).isEqualTo(Duration.ofHours(1));
        assertThat(throttle.lockoutFor(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_right_password_ends_the_series() {
        fail("ada", "a", 5);
        clock.advance(Duration.ofMinutes(2));
        throttle.succeeded("ada");

        assertThat(fail("ada", "b", 4)).isEmpty();
        LoginLockedOut next = throttle.failed("ada", "c").getFirst();
        assertThat(Duration.between(clock.instant(), next.until())).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void twenty_failures_from_one_address_in_a_minute_pause_that_address_only() {
        List<LoginLockedOut> started = List.of();
        for (int i = 0; i < 20; i++) {
            started = throttle.failed("user" + i, "203.0.113.7");
        }

        assertThat(started).singleElement().satisfies(l -> {
            assertThat(l.scope()).isEqualTo(LoginLockedOut.Scope.ADDRESS);
            assertThat(l.subject()).isEqualTo("203.0.113.7");
        });
        assertThat(throttle.refusal("someone", "203.0.113.7")).contains(LoginThrottle.Refusal.ADDRESS_PAUSED);
        assertThat(throttle.refusal("someone", "203.0.113.8")).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.refusal("someone", "203.0.113.7")).isEmpty();
    }

    @Test
    void an_address_leaves_the_server_one_slot_for_others_and_an_account_checks_one_at_a_time() {
        assertThat(throttle.addressLane("a").availablePermits()).isEqualTo(3);
        assertThat(throttle.accountLane("ada").availablePermits()).isEqualTo(1);
        assertThat(throttle.accountLane("ADA")).isSameAs(throttle.accountLane("ada"));
        assertThat(new LoginThrottle(LoginThrottle.Limits.defaults(), clock, 1).addressLane("a").availablePermits()).isEqualTo(1);
    }
}
