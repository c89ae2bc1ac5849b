package org.sourcewise.learning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.quizzes.AttemptSubmitted;
import org.sourcewise.quizzes.QuestionGraded;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A teacher's grade of an essay, or an override of one question's mark, updates claim mastery as a
 * submitted attempt does: for each claim of the graded question, the attempt's combined rating with the
 * old and with the new mark ({@link PracticeRules#combine}); when it changes, one review by the rule of
 * {@link PracticeRules#regrade}. After the grade is committed, in a transaction and on a thread of its
 * own; the event stays in Modulith's publication registry until this has succeeded, so a failure is
 * handled again later ({@link org.sourcewise.base.FailedEventRetry}, and at every start) and never
 * undoes the grade; one that lost a race with another writer of the same review states is done again at
 * once ({@link ReviewTransactions}).
 */
@Component
class QuestionGradedListener {

    private final ReviewStates reviews;
    private final AppliedEvents applied;
    private final ReviewTransactions transactions;

    QuestionGradedListener(ReviewStates reviews, AppliedEvents applied, ReviewTransactions transactions) {
        this.reviews = reviews;
        this.applied = applied;
        this.transactions = transactions;
    }

    // as AttemptSubmittedListener: the transaction is inside, so that a try that lost a race can be redone
    @Async
    @TransactionalEventListener
    public void on(QuestionGraded event) {
        transactions.run("grade of attempt " + event.attemptId(), () -> apply(event));
    }

    private void apply(QuestionGraded event) {
        if (!applied.firstTime("question-graded:" + event.attemptId() + ":" + event.position() + ":" + event.gradedAt())) {
            return;
        }
        if (event.submittedAt() == null || event.position() < 1 || event.position() > event.outcomes().size()) {
            return;
        }
        int graded = event.position() - 1;
        Set<Long> claims = new LinkedHashSet<>(event.outcomes().get(graded).claimIds());
        Map<Long, ReviewStateEntity> states = reviews.of(event.student(), claims);
        for (Long claimId : claims) {
            List<Rating> before = new ArrayList<>();
            List<Rating> after = new ArrayList<>();
            for (int i = 0; i < event.outcomes().size(); i++) {
                AttemptSubmitted.QuestionOutcome o = event.outcomes().get(i);
                if (!o.claimIds().contains(claimId)) {
                    continue;
                }
                if (i == graded) {
                    // a teacher's mark speaks for itself, even on an answer the scorer saw as blank
                    PracticeRules.quizQuestion(event.fractionBefore(), true).ifPresent(before::add);
                    PracticeRules.quizQuestion(event.fractionAfter(), true).ifPresent(after::add);
                } else {
                    PracticeRules.quizQuestion(o.fraction(), o.answered()).ifPresent(r -> {
                        before.add(r);
                        after.add(r);
                    });
                }
            }
            ReviewStateEntity state = states.get(claimId);
            Instant lastReview = state == null ? null : state.getLastReviewAt();
            PracticeRules.regrade(before, after, event.submittedAt(), event.gradedAt(), lastReview)
                    .ifPresent(r -> reviews.review(event.student(), claimId, r.rating(), r.at()));
        }
    }
}
