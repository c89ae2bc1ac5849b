package org.sourcewise.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The memory of recent API logins stays bounded however many users call the API. */
class LoginAuditorTest {

    private final LoginAuditor auditor = new LoginAuditor(mock(AuditEntryRepository.class), Clock.systemUTC());
    private final Instant t0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void a_user_is_recorded_again_once_the_window_has_passed_and_other_users_count_apart() {
        assertThat(auditor.firstApiLoginInWindow(1, t0)).isTrue();
        assertThat(auditor.firstApiLoginInWindow(1, t0.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(auditor.firstApiLoginInWindow(2, t0.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(auditor.firstApiLoginInWindow(1, t0.plus(LoginAuditor.API_LOGIN_WINDOW))).isTrue();
        // the window starts again at the login that was recorded
        assertThat(auditor.firstApiLoginInWindow(1, t0.plus(Duration.ofMinutes(90)))).isFalse();
    }

    @Test
    void the_memory_of_api_logins_stays_bounded_however_many_users_log_in() {
        for (long user = 1; user <= 3L * LoginAuditor.MAX_TRACKED; user++) {
            assertThat(auditor.firstApiLoginInWindow(user, t0)).isTrue();
        }
        assertThat(auditor.tracked()).isBetween(1, LoginAuditor.MAX_TRACKED);
    }
}
