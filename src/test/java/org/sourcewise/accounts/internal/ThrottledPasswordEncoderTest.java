package org.sourcewise.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class ThrottledPasswordEncoderTest {

    /** A delegate that holds every check until released and records how many ran at once. */
    static final class GatedEncoder implements PasswordEncoder {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return "{gated}" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
            return encodedPassword.equals(encode(rawPassword));
        }
    }

    @Test
    void a_burst_of_logins_queues_behind_the_allowed_number_of_hashes_and_every_one_is_answered() throws Exception {
        GatedEncoder gated = new GatedEncoder();
        ThrottledPasswordEncoder encoder = new ThrottledPasswordEncoder(gated, 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> logins = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String password = i == 3 ? "wrong" : "secret";
                logins.add(pool.submit(() -> encoder.matches(password, "{gated}secret")));
            }
            assertThat(gated.entered.await(10, TimeUnit.SECONDS)).isTrue();
            // three logins wait in line while one hash runs
            for (int i = 0; i < 100 && encoder.waiting() < 3; i++) {
                Thread.sleep(20);
            }
            assertThat(encoder.waiting()).isEqualTo(3);
            gated.release.countDown();
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> login : logins) {
                answers.add(login.get(10, TimeUnit.SECONDS));
            }
            assertThat(answers).containsExactly(true, true, true, false);
            assertThat(gated.mostAtOnce.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void it_hashes_and_checks_exactly_as_bcrypt_does() {
        ThrottledPasswordEncoder encoder = new ThrottledPasswordEncoder(new BCryptPasswordEncoder(4), 2);
        String hash = encoder.encode("demo-student");
        assertThat(hash).startsWith("$2a$04$");
        assertThat(encoder.matches("demo-student", hash)).isTrue();
        assertThat(encoder.matches("demo-student2", hash)).isFalse();
        assertThat(new BCryptPasswordEncoder().matches("demo-student", hash)).isTrue();
    }

    @Test
    void it_refuses_to_allow_no_hash_at_all() {
        assertThatThrownBy(() -> new ThrottledPasswordEncoder(new BCryptPasswordEncoder(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
