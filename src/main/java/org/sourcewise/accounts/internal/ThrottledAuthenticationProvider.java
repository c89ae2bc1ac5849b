package org.sourcewise.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.accounts.LoginLockedOut;
import org.sourcewise.accounts.LoginBusyException;
import org.sourcewise.accounts.LoginRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password login, from the login form and from HTTP Basic alike, passes here: refused at once
 * (no hash computed) while its account is locked or its address paused, otherwise checked in its
 * account's and its address's lane, and counted ({@link LoginThrottle}). A refusal looks exactly like
 * a wrong password, so a lock-out tells a guesser nothing, not even that the account exists.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    /** A login that waits longer than this for its lane is turned away as busy rather than holding a server thread. */
    static final Duration LANE_WAIT = Duration.ofSeconds(10);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Duration laneWait;

    @Autowired
    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, Clock clock,
                                    ApplicationEventPublisher events,
                                    @Value("${sourcewise.login.account-failures:5}") int accountFailures,
                                    @Value("${sourcewise.login.account-window:15m}") Duration accountWindow,
                                    @Value("${sourcewise.login.first-lockout:1m}") Duration firstLockout,
                                    @Value("${sourcewise.login.longest-lockout:1h}") Duration longestLockout,
                                    @Value("${sourcewise.login.address-failures:20}") int addressFailures,
                                    @Value("${sourcewise.login.address-window:1m}") Duration addressWindow,
                                    @Value("${sourcewise.login.address-pause:1m}") Duration addressPause) {
        this(new LoginThrottle(new LoginThrottle.Limits(accountFailures, accountWindow, firstLockout, longestLockout,
                addressFailures, addressWindow, addressPause), clock, ThrottledPasswordEncoder.halfTheCores()),
                passwordChecker(users, encoder), events, LANE_WAIT);
    }

    ThrottledAuthenticationProvider(LoginThrottle throttle, DaoAuthenticationProvider passwords,
                                    ApplicationEventPublisher events, Duration laneWait) {
        this.throttle = throttle;
        this.passwords = passwords;
        this.events = events;
        this.laneWait = laneWait;
    }

    private static DaoAuthenticationProvider passwordChecker(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        String username = login.getName() == null ? "" : login.getName();
        String address = addressOf(login);
        if (throttle.refusal(username, address).isPresent()) {
            throw new LoginRefusedException();
        }
        Semaphore accountLane = throttle.accountLane(username);
        Semaphore addressLane = throttle.addressLane(address);
        // a login that waited too long in a lane was never checked: busy, not a wrong password
        if (!enter(accountLane)) {
            throw new LoginBusyException();
        }
        try {
            if (!enter(addressLane)) {
                throw new LoginBusyException();
            }
            try {
                // a lock-out may have begun while this login waited in its lane
                if (throttle.refusal(username, address).isPresent()) {
                    throw new LoginRefusedException();
                }
                return check(login, username, address);
            } finally {
                addressLane.release();
            }
        } finally {
            accountLane.release();
        }
    }

    private Authentication check(Authentication login, String username, String address) {
        try {
            Authentication done = passwords.authenticate(login);
            throttle.succeeded(username);
            return done;
        } catch (BadCredentialsException wrong) {
            for (LoginLockedOut lockout : throttle.failed(username, address)) {
                log.warn("Failed logins: {} {} refused until {} after {} failures", lockout.scope().name().toLowerCase(java.util.Locale.ROOT),
                        lockout.subject(), lockout.until(), lockout.failures());
                events.publishEvent(lockout);
            }
            throw wrong;
        }
    }

    private boolean enter(Semaphore lane) {
        try {
            return lane.tryAcquire(laneWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String addressOf(Authentication login) {
        @Nullable Object details = login.getDetails();
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
