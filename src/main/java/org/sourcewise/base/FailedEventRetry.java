package org.sourcewise.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands an event between modules to its listener again when the listener failed (the database was
 * away, say): every few minutes, those that failed at least a minute ago, up to ten tries each. Events
 * left unhandled by a stop are handled at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);
    static final int MAX_TRIES = 10;

    private final FailedEventPublications failed;
    private final Duration minAge;

    FailedEventRetry(FailedEventPublications failed, @Value("${sourcewise.events.retry-min-age:PT1M}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
    }

    @Scheduled(initialDelayString = "${sourcewise.events.retry-every:PT5M}", fixedDelayString = "${sourcewise.events.retry-every:PT5M}")
    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge)
                    .withFilter(p -> p.getCompletionAttempts() < MAX_TRIES));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit failed events; trying again later: {}", e.toString());
        }
    }
}
