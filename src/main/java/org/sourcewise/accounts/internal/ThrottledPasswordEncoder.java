package org.sourcewise.accounts.internal;

import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that lets only so many hashes run at once. BCrypt costs 70-100 ms of CPU by
 * design; on exam morning hundreds of logins arrive within minutes, and left alone they would take
 * every core while students already in the quiz wait for their answers to save. Throttled, a login
 * burst queues (logins slow down, none fails) and the remaining cores keep serving the quiz.
 */
public final class ThrottledPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    public ThrottledPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("at least one hash must be allowed at a time");
        }
        this.delegate = delegate;
        // fair: the login that came first is checked first, so no one waits for ever in a burst
        this.permits = new Semaphore(concurrentHashes, true);
    }

    /** Half the cores, at least one: the other half stays for students who are already working. */
    public static int halfTheCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return throttled(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return throttled(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    int waiting() {
        return permits.getQueueLength();
    }

    private <T extends @Nullable Object> T throttled(java.util.function.Supplier<T> hash) {
        permits.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }
}
