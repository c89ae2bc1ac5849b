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
    void a_full_map_forgets_the_logins_whose_window_has_passed_first() {
        for (long user = 1; user <= LoginAuditor.MAX_TRACKED; user++) {
            auditor.firstApiLoginInWindow(user, t0);
        }
        assertThat(auditor.tracked()).isEqualTo(LoginAuditor.MAX_TRACKED);
        Instant later = t0.plus(Duration.ofMinutes(61));
        assertThat(auditor.firstApiLoginInWindow(-1, later)).isTrue();
        assertThat(auditor.tracked()).isEqualTo(1);
    }

    @Test
    void a_full_map_of_recent_logins_is_cleared_rather_than_grown() {
        for (long user = 1; user <= LoginAuditor.MAX_TRACKED + 1; user++) {
            auditor.firstApiLoginInWindow(user, t0);
        }
        assertThat(auditor.tracked()).isLessThanOrEqualTo(LoginAuditor.MAX_TRACKED);
        // forgetting only ever means one more row, never one less
        assertThat(auditor.firstApiLoginInWindow(5, t0.plusSeconds(1))).isTrue();
    }
}
