package org.sourcewise.learning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.quizzes.AttemptSubmitted;
import org.sourcewise.quizzes.QuestionGraded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A teacher's grade of an essay, or an override of one question's mark, updates claim mastery as a
 * submitted attempt does: for each claim of the graded question, the attempt's combined rating with the
 * old and with the new mark ({@link PracticeRules#combine}); when it changes, one review by the rule of
 * {@link PracticeRules#regrade}. After the grade is committed, in a transaction of its own; a failure is
 * logged and never undoes the grade.
 */
@Component
class QuestionGradedListener {

    private static final Logger log = LoggerFactory.getLogger(QuestionGradedListener.class);

    private final ReviewStates reviews;
    private final TransactionTemplate transaction;

    QuestionGradedListener(ReviewStates reviews, PlatformTransactionManager transactions) {
        this.reviews = reviews;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(QuestionGraded event) {
        try {
            transaction.executeWithoutResult(status -> apply(event));
        } catch (RuntimeException e) {
            log.error("Could not update the claims of question {} of attempt {} after its grade", event.position(),
                    event.attemptId(), e);
        }
    }

    private void apply(QuestionGraded event) {
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
