package org.sourcewise.learning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.quizzes.AttemptSubmitted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quizzes bring claims into practice: once a submitted attempt is committed, each claim it tested is
 * reviewed by the rule of {@link PracticeRules#quizQuestion} and {@link PracticeRules#combine}, in a
 * transaction of its own. A failure here is logged and never undoes or fails the submission.
 */
@Component
class AttemptSubmittedListener {

    private static final Logger log = LoggerFactory.getLogger(AttemptSubmittedListener.class);

    private final ReviewStates reviews;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AttemptSubmittedListener(ReviewStates reviews, Clock clock, PlatformTransactionManager transactions) {
        this.reviews = reviews;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(AttemptSubmitted event) {
        try {
            transaction.executeWithoutResult(status -> apply(event));
        } catch (RuntimeException e) {
            log.error("Could not bring the claims of attempt {} into practice", event.attemptId(), e);
        }
    }

    private void apply(AttemptSubmitted event) {
        Instant at = event.submittedAt() != null ? event.submittedAt() : clock.instant();
        Map<Long, List<Rating>> byClaim = new LinkedHashMap<>();
        for (AttemptSubmitted.QuestionOutcome outcome : event.outcomes()) {
            var rating = PracticeRules.quizQuestion(outcome.fraction(), outcome.answered());
            for (Long claimId : outcome.claimIds()) {
                List<Rating> ratings = byClaim.computeIfAbsent(claimId, id -> new ArrayList<>());
                rating.ifPresent(ratings::add);
            }
        }
        List<Long> unrated = new ArrayList<>();
        byClaim.forEach((claimId, ratings) -> PracticeRules.combine(ratings).ifPresentOrElse(
                rating -> reviews.review(event.student(), claimId, rating, at),
                () -> unrated.add(claimId)));
        reviews.bringIntoPractice(event.student(), unrated, at);
    }
}
