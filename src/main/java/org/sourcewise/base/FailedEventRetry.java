package org.sourcewise.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands an event between modules to its listener again when the listener failed (the database was
 * away, say): every few minutes, those that failed at least a minute ago, up to ten tries each. Events
 * left unhandled by a stop are handled at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Once a day it deletes the
 * publications completed more than a week ago: the registry keeps them, with the whole event, forever.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);
    static final int MAX_TRIES = 10;

    static final Duration KEEP_COMPLETED = Duration.ofDays(7);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final Duration minAge;

    FailedEventRetry(FailedEventPublications failed, CompletedEventPublications completed,
                     @Value("${sourcewise.events.retry-min-age:PT1M}") Duration minAge) {
        this.failed = failed;
        this.completed = completed;
        this.minAge = minAge;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "P1D")
    @SchedulerLock(name = "events-forget-completed", lockAtMostFor = "PT30M")
    public void forgetCompleted() {
        try {
            completed.deletePublicationsOlderThan(KEEP_COMPLETED);
        } catch (RuntimeException e) {
            log.warn("Could not delete completed events; trying again tomorrow: {}", e.toString());
        }
    }

    // two nodes resubmitting the same failed event at once would run its listener twice
    @Scheduled(initialDelayString = "${sourcewise.events.retry-every:PT5M}", fixedDelayString = "${sourcewise.events.retry-every:PT5M}")
    @SchedulerLock(name = "events-retry", lockAtMostFor = "PT10M")
    public void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge)
                    .withFilter(p -> p.getCompletionAttempts() < MAX_TRIES));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit failed events; trying again later: {}", e.toString());
        }
    }
}
