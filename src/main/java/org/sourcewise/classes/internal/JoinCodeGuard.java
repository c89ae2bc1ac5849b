package org.sourcewise.classes.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.base.ClientAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a script from trying join codes by the thousand, per client address (docs/admin.md, "Join
 * codes"): after {@code wrongCodes} wrong codes within the window the address may look up no code,
 * right or wrong, until the window has passed since the last of them; and at most
 * {@code registrations} accounts are made from one address per hour, which a class registering
 * together behind one school router stays well under. Counters are Caffeine caches, bounded and
 * expiring, in this server's memory. Calls from outside a web request ({@link ClientAddress#NONE}) are
 * not limited.
 */
@Component
public class JoinCodeGuard {

    static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int wrongCodes;
    private final Duration window;
    private final int registrations;
    private final Cache<String, List<Instant>> wrong;
    private final Cache<String, List<Instant>> made;

    JoinCodeGuard(Clock clock, @Value("${sourcewise.join-codes.wrong-per-address:10}") int wrongCodes,
                  @Value("${sourcewise.join-codes.window:10m}") Duration window,
                  @Value("${sourcewise.join-codes.registrations-per-hour:60}") int registrations) {
        this.clock = clock;
        this.wrongCodes = wrongCodes;
        this.window = window;
        this.registrations = registrations;
        this.wrong = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(window).build();
        this.made = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(Duration.ofHours(1)).build();
    }

    /** Whether this address has tried too many wrong codes lately to look up another. */
    public boolean lookupsPaused(String address) {
        return !address.equals(ClientAddress.NONE) && recent(wrong.getIfPresent(address), window).size() >= wrongCodes;
    }

    /** Counts a wrong code from this address. */
    public void wrongCode(String address) {
        record(wrong, address, window);
    }

    /** Whether this address has made the most accounts an hour allows. */
    public boolean registrationsPaused(String address) {
        return !address.equals(ClientAddress.NONE) && recent(made.getIfPresent(address), Duration.ofHours(1)).size() >= registrations;
    }

    /** Counts an account made from this address. */
    public void registered(String address) {
        record(made, address, Duration.ofHours(1));
    }

    private void record(Cache<String, List<Instant>> counts, String address, Duration within) {
        if (address.equals(ClientAddress.NONE)) {
            return; // no web request, so no one outside to limit
        }
        Instant now = clock.instant();
        counts.asMap().compute(address, (k, previous) -> {
            List<Instant> next = new ArrayList<>(recent(previous, within));
            next.add(now);
            return List.copyOf(next);
        });
    }

    private List<Instant> recent(@Nullable List<Instant> times, Duration within) {
        if (times == null) {
            return List.of();
        }
        Instant since = clock.instant().minus(within);
        return times.stream().filter(t -> t.isAfter(since)).toList();
    }
}
