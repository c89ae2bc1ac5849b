package org.sourcewise.quizzes.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.quizzes.AttemptSubmissionService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Submits attempts whose student closed the browser, once their deadline and grace have passed. */
@Component
class AttemptExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(AttemptExpiryJob.class);

    private final AttemptSubmissionService attempts;

    AttemptExpiryJob(AttemptSubmissionService attempts) {
        this.attempts = attempts;
    }

    // one node at a time; a node that dies mid-run frees the job after a minute
    @Scheduled(fixedDelayString = "${sourcewise.attempts.expiry-check:PT5S}")
    @SchedulerLock(name = "attempt-expiry", lockAtMostFor = "PT1M")
    public void submitExpired() {
        int submitted = SystemTask.call(attempts::submitExpired);
        if (submitted > 0) {
            log.info("Submitted {} expired attempt(s) with their saved answers", submitted);
        }
    }
}
