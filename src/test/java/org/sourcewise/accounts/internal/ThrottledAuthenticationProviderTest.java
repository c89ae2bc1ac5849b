package org.sourcewise.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.sourcewise.accounts.LoginBusyException;
import org.sourcewise.accounts.LoginRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

class ThrottledAuthenticationProviderTest {

    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Limits.defaults(), Clock.systemUTC(), 2);
    private final DaoAuthenticationProvider passwords = mock(DaoAuthenticationProvider.class);
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
            throttle, passwords, mock(ApplicationEventPublisher.class), Duration.ofMillis(50));
    private final Authentication login = UsernamePasswordAuthenticationToken.unauthenticated("student1", "right password");

    @Test
    void a_login_that_waited_too_long_for_its_turn_is_told_the_server_is_busy_not_that_its_password_is_wrong() {
        Semaphore lane = throttle.accountLane("student1");
        lane.acquireUninterruptibly(); // another login of the same account is being checked
        try {
            assertThatThrownBy(() -> provider.authenticate(login))
                    .isInstanceOf(LoginBusyException.class)
                    .isNotInstanceOf(BadCredentialsException.class);
            verify(passwords, never()).authenticate(any());
        } finally {
            lane.release();
        }
    }

    @Test
    void once_its_turn_comes_the_same_login_is_checked_and_let_in() {
        when(passwords.authenticate(login)).thenReturn(UsernamePasswordAuthenticationToken.authenticated("student1", null, java.util.List.of()));
        assertThat(provider.authenticate(login).isAuthenticated()).isTrue();
    }

    @Test
    void a_locked_account_is_refused_as_a_wrong_password_is() {
        when(passwords.authenticate(any())).thenThrow(new BadCredentialsException("Bad credentials"));
        for (int i = 0; i < LoginThrottle.Limits.defaults().accountFailures(); i++) {
            assertThatThrownBy(() -> provider.authenticate(login)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(login)).isInstanceOf(LoginRefusedException.class);
    }
}
