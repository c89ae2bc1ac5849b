package org.sourcewise.learning.internal;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import java.time.Duration;

/**
 * Runs a unit of review writes (an event's reviews, with its {@link AppliedEvents} record) in a
 * transaction of its own, and runs it again from the start, in a new transaction, when it lost a race
 * with another writer of the same rows: a review state changed since it was read (its version moved on)
 * or created meanwhile (the key exists now), or the same event recorded as applied by another thread.
 * The next try reads what the other writer committed and applies its reviews on top, so neither is
 * lost. Other failures are left to the caller (for an event, the publication registry tries it again
 * later).
 */
@Component
class ReviewTransactions {

    /** Enough for the few events of one student that can meet; more means something else is wrong. */
    static final int TRIES = 5;

    /** SQL's "unique violation" (class 23, integrity constraint), as H2 and PostgreSQL report it. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Logger log = LoggerFactory.getLogger(ReviewTransactions.class);

    private final TransactionTemplate transaction;
    private final RetryTemplate retries;

    ReviewTransactions(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        // a listener handed the event after the publisher's commit may still run on the publisher's thread
        // (tests run listeners synchronously): a new transaction, never the finished one
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // at once: the other writer has committed when ours fails, and waiting would only hold the thread
        this.retries = new RetryTemplate(RetryPolicy.builder().maxRetries(TRIES - 1).delay(Duration.ZERO)
                .predicate(ReviewTransactions::lostRace).build());
        this.retries.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
                log.info("Another writer changed the same review states; trying again ({} of {})", state.getRetryCount() + 1, TRIES);
            }
        });
    }

    /** Runs the work in a transaction of its own, again when it lost a race; other failures propagate as they are. */
    void run(String what, Runnable work) {
        log.debug("{}: review writes", what);
        retries.invoke(() -> transaction.executeWithoutResult(status -> work.run()));
    }

    // JDBC reports a taken key as DuplicateKeyException; JPA (Hibernate) as a DataIntegrityViolationException
    // whose cause has the SQL state of a unique violation. Any other integrity failure will not go away.
    private static boolean lostRace(Throwable failure) {
        if (failure instanceof OptimisticLockingFailureException || failure instanceof DuplicateKeyException) {
            return true;
        }
        for (@Nullable Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
