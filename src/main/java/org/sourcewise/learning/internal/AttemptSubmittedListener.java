package org.sourcewise.learning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.quizzes.AttemptSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Quizzes bring claims into practice: once a submitted attempt is committed, each claim it tested is
 * reviewed by the rule of {@link PracticeRules#quizQuestion} and {@link PracticeRules#combine}, in a
 * transaction of its own on a thread of its own. The event is kept in Modulith's publication registry
 * until this has succeeded: a failure rolls the update back and leaves the event to be handled again
 * ({@link org.sourcewise.base.FailedEventRetry}, and at every start), and never fails the submission.
 */
@Component
class AttemptSubmittedListener {

    private final ReviewStates reviews;
    private final Clock clock;
    private final AppliedEvents applied;

    AttemptSubmittedListener(ReviewStates reviews, Clock clock, AppliedEvents applied) {
        this.reviews = reviews;
        this.clock = clock;
        this.applied = applied;
    }

    @ApplicationModuleListener
    public void on(AttemptSubmitted event) {
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
