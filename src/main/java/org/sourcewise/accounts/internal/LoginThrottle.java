package org.sourcewise.accounts.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.LoginLockedOut;

/**
 * Counts failed logins per account and per client address and says when to refuse a login without
 * checking its password (docs/admin.md, "Failed logins"):
 * <ul>
 *   <li>an account with {@link Limits#accountFailures} failures within {@link Limits#accountWindow} is
 *       locked for {@link Limits#firstLockout}, twice as long at each further lock-out, at most
 *       {@link Limits#longestLockout}; a successful login ends the series;</li>
 *   <li>an address with {@link Limits#addressFailures} failures within {@link Limits#addressWindow} is
 *       refused for {@link Limits#addressPause}.</li>
 * </ul>
 * It also hands out the lanes that keep a burst of bad logins from queueing ahead of everyone else:
 * one password check at a time per account, and per address at most one fewer than the server runs
 * at once, so another address always finds a free slot.
 *
 * <p>Memory is bounded: Caffeine holds at most {@link #MAX_TRACKED} accounts and addresses each and
 * forgets them once nothing happened for longer than any rule looks back. Forgetting early only
 * means a lock-out series starts again. Everything is in this server's memory: on several nodes each
 * counts its own (issue 14).
 */
final class LoginThrottle {

    static final int MAX_TRACKED = 100_000;

    /** The limits; {@link #defaults()} are the ones docs/admin.md states. */
    record Limits(int accountFailures, Duration accountWindow, Duration firstLockout, Duration longestLockout,
                  int addressFailures, Duration addressWindow, Duration addressPause) {

        static Limits defaults() {
            return new Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1),
                    20, Duration.ofMinutes(1), Duration.ofMinutes(1));
        }
    }

    /** Why a login is refused before its password is checked. */
    enum Refusal { ACCOUNT_LOCKED, ADDRESS_PAUSED }

    /** Recent failures (oldest first, at most the limit), how many lock-outs in a row, locked until when. */
    private record Record(List<Instant> failures, int lockouts, @Nullable Instant lockedUntil) {
        static final Record NONE = new Record(List.of(), 0, null);
    }

    private final Limits limits;
    private final Clock clock;
    private final int addressLaneWidth;
    private final Cache<String, Record> accounts;
    private final Cache<String, Record> addresses;
    // weak values: a lane stays the same object while anyone holds or waits on it, and goes after
    private final Cache<String, Semaphore> accountLanes = Caffeine.newBuilder().weakValues().build();
    private final Cache<String, Semaphore> addressLanes = Caffeine.newBuilder().weakValues().build();

    LoginThrottle(Limits limits, Clock clock, int concurrentChecks) {
        this.limits = limits;
        this.clock = clock;
        this.addressLaneWidth = Math.max(1, concurrentChecks - 1);
        Duration accountMemory = limits.accountWindow().plus(limits.longestLockout());
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(accountMemory).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_TRACKED)
                .expireAfterAccess(limits.addressWindow().plus(limits.addressPause())).build();
    }

    /** Whether to refuse this login without checking its password. */
    Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Record account = accounts.getIfPresent(key(username));
        if (account != null && account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            return Optional.of(Refusal.ACCOUNT_LOCKED);
        }
        Record client = addresses.getIfPresent(address);
        if (client != null && client.lockedUntil() != null && now.isBefore(client.lockedUntil())) {
            return Optional.of(Refusal.ADDRESS_PAUSED);
        }
        return Optional.empty();
    }

    /** Counts a wrong password (or unknown user); returns the lock-outs this failure started, if any. */
    List<LoginLockedOut> failed(String username, String address) {
        Instant now = clock.instant();
        List<LoginLockedOut> started = new ArrayList<>(2);
        accounts.asMap().compute(key(username), (k, r) -> {
            Record next = count(r, now, limits.accountFailures(), limits.accountWindow(), this::lockoutFor);
            if (next.lockouts() > (r == null ? 0 : r.lockouts()) && next.lockedUntil() != null) {
                started.add(new LoginLockedOut(LoginLockedOut.Scope.ACCOUNT, k, next.lockedUntil(), limits.accountFailures()));
            }
            return next;
        });
        addresses.asMap().compute(address, (k, r) -> {
            Record next = count(r, now, limits.addressFailures(), limits.addressWindow(), n -> limits.addressPause());
            if (next.lockouts() > (r == null ? 0 : r.lockouts()) && next.lockedUntil() != null) {
                started.add(new LoginLockedOut(LoginLockedOut.Scope.ADDRESS, k, next.lockedUntil(), limits.addressFailures()));
            }
            return next;
        });
        return started;
    }

    /** A right password: the account's series of failures and lock-outs ends. */
    void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    /** One check at a time per account: a burst against one account waits here, not in the shared queue. */
    Semaphore accountLane(String username) {
        return accountLanes.get(key(username), k -> new Semaphore(1, true));
    }

    /** At most one fewer checks at a time per address than the server runs at once (at least one). */
    Semaphore addressLane(String address) {
        return addressLanes.get(address, k -> new Semaphore(addressLaneWidth, true));
    }

    /** 1, 2, 4, ... times the first lock-out, at most the longest. */
    Duration lockoutFor(int lockouts) {
        Duration longest = limits.longestLockout();
        Duration d = limits.firstLockout();
        for (int i = 1; i < lockouts && d.compareTo(longest) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(longest) > 0 ? longest : d;
    }

    private static Record count(@Nullable Record previous, Instant now, int limit, Duration window,
                                java.util.function.IntFunction<Duration> lockout) {
        Record r = previous == null ? Record.NONE : previous;
        List<Instant> recent = new ArrayList<>(r.failures().size() + 1);
        for (Instant at : r.failures()) {
            if (at.isAfter(now.minus(window))) {
                recent.add(at);
            }
        }
        recent.add(now);
        if (recent.size() >= limit) {
            int lockouts = r.lockouts() + 1;
            return new Record(List.of(), lockouts, now.plus(lockout.apply(lockouts)));
        }
        return new Record(List.copyOf(recent), r.lockouts(), r.lockedUntil());
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
