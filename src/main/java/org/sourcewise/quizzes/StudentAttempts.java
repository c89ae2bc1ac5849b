package org.sourcewise.quizzes;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.ResponseEntity;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.sourcewise.quizzes.scoring.Answer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the attempt use cases share: the caller's own attempt (refused for anyone else's), attempt
 * summaries. Package-private: the services that use it check the role.
 */
@Component
class StudentAttempts {

    private final AttemptRepository attempts;
    private final ResponseRepository responses;
    private final QuizService quizService;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;

    StudentAttempts(AttemptRepository attempts, ResponseRepository responses, QuizService quizService, CurrentUser currentUser,
                    TransactionTemplate transaction) {
        this.attempts = attempts;
        this.responses = responses;
        this.quizService = quizService;
        this.currentUser = currentUser;
        this.transaction = transaction;
    }

    AttemptEntity mine(long attemptId) {
        AttemptEntity attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        if (!attempt.getStudentId().equals(currentUser.id().value())) {
            throw new AccessDeniedException("this attempt belongs to another student");
        }
        return attempt;
    }

    AttemptEntity mineReadOnly(long attemptId) {
        return transaction.execute(status -> mine(attemptId));
    }

    /** Summaries of several attempts, with one query for which of them wait for a grade (not one per attempt). */
    List<AttemptSummary> summaries(List<AttemptEntity> list) {
        List<Long> submitted = list.stream().filter(a -> a.getState() == AttemptState.SUBMITTED).map(AttemptEntity::getId).toList();
        Set<Long> awaiting = submitted.isEmpty() ? Set.of() : new java.util.HashSet<>(responses.findAwaitingGradingAmong(submitted));
        return list.stream().map(a -> StoredAttempts.summary(a, awaiting.contains(a.getId()))).toList();
    }

    AttemptSummary summary(AttemptEntity a) {
        boolean awaiting = a.getState() == AttemptState.SUBMITTED
                && responses.findByAttemptIdOrderByPosition(a.getId()).stream().anyMatch(ResponseEntity::isNeedsGrading);
        return StoredAttempts.summary(a, awaiting);
    }

    QuizInfo info(QuizEntity q) {
        return quizService.find(q.getId()).orElseThrow();
    }

    static Answer read(@Nullable String json) {
        return new Answer(StoredAttempts.readAnswer(json));
    }

}
