package org.sourcewise.learning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.quizzes.AttemptSubmitted;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Quizzes bring claims into practice: once a submitted attempt is committed, each claim it tested is
 * reviewed by the rule of {@link PracticeRules#quizQuestion} and {@link PracticeRules#combine}, in a
 * transaction of its own on a thread of its own. A transaction that lost a race with another writer of
 * the student's review states (another submission or a grade handled at the same moment) is done again
 * at once ({@link ReviewTransactions}). The event is kept in Modulith's publication registry until this
 * has succeeded: any other failure rolls the update back and leaves the event to be handled again
 * ({@link org.sourcewise.base.FailedEventRetry}, and at every start), and never fails the submission.
 */
@Component
class AttemptSubmittedListener {

    private final ReviewStates reviews;
    private final Clock clock;
    private final AppliedEvents applied;
    private final ReviewTransactions transactions;

    AttemptSubmittedListener(ReviewStates reviews, Clock clock, AppliedEvents applied, ReviewTransactions transactions) {
        this.reviews = reviews;
        this.clock = clock;
        this.applied = applied;
        this.transactions = transactions;
    }

    // @ApplicationModuleListener less its @Transactional: the transaction is inside, so that a try that
    // lost a race can be followed by a fresh one (a transaction that failed to commit cannot be reused)
    @Async
    @TransactionalEventListener
    public void on(AttemptSubmitted event) {
        transactions.run("attempt " + event.attemptId(), () -> apply(event));
    }

    private void apply(AttemptSubmitted event) {
        if (!applied.firstTime("attempt-submitted:" + event.attemptId())) {
            return;
        }
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
