package org.sourcewise.quizzes;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sourcewise.accounts.UserId;
import org.sourcewise.browser.Worded;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.quizzes.AttemptException.Reason;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptEntity.SubmittedBy;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.MarkRow;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.ResponseEntity;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.scoring.Answer;
import org.sourcewise.quizzes.scoring.Score;
import org.sourcewise.quizzes.scoring.Scorer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting an attempt, once: by the student, when the page's count-down ends, or by the expiry job
 * when the deadline and its grace have passed. Marks every answer, stores the marks, and publishes
 * {@link AttemptSubmitted} with the submission. Students submit only their own attempts.
 */
@Service
public class AttemptSubmissionService {

    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final ResponseRepository responses;
    private final QuestionBankService bank;
    private final AttemptMarksStore marks;
    private final FrozenQuestions frozen;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final StudentAttempts student;
    private final Scorer scorer = new Scorer();

    AttemptSubmissionService(QuizRepository quizzes, AttemptRepository attempts, AttemptQuestionRepository attemptQuestions,
                             ResponseRepository responses, QuestionBankService bank, AttemptMarksStore marks, FrozenQuestions frozen,
                             ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock, StudentAttempts student) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.responses = responses;
        this.bank = bank;
        this.marks = marks;
        this.frozen = frozen;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.student = student;
    }

    /** The words for a page that is behind when its attempt was submitted meanwhile in another window. */
    public static final String SUBMITTED_ELSEWHERE_WORDS = "quizzes.attempt.submitted-elsewhere";
    /** What a page that is behind hears when its attempt was submitted meanwhile in another window, in English. */
    public static final String SUBMITTED_ELSEWHERE = Worded.english(SUBMITTED_ELSEWHERE_WORDS);

    /** Submits the attempt once; a second submission (another tab, a double click) changes nothing. */
    @RolesAllowed("STUDENT")
    public AttemptSummary submit(long attemptId) {
        student.mineReadOnly(attemptId);
        return finish(attemptId, SubmittedBy.STUDENT);
    }

    /**
     * The page's count-down reached zero: submit with the saved answers, if the server's clock agrees
     * that the deadline has passed (a fast client clock submits nothing).
     */
    @RolesAllowed("STUDENT")
    public AttemptSummary timeUp(long attemptId) {
        AttemptEntity attempt = student.mineReadOnly(attemptId);
        if (attempt.getState() == AttemptState.IN_PROGRESS && attempt.getDeadline() != null
                && !clock.instant().isBefore(attempt.getDeadline())) {
            return finish(attemptId, SubmittedBy.EXPIRY);
        }
        return transaction.execute(status -> student.summary(student.mine(attemptId)));
    }

    /** Submits, with their saved answers, the open attempts whose deadline and grace have passed. */
    @PreAuthorize("hasRole('SYSTEM')")
    public int submitExpired() {
        List<Long> overdue = attempts.findIdsByStateAndDeadlineBefore(AttemptState.IN_PROGRESS, clock.instant().minus(QuizRules.GRACE));
        overdue.forEach(id -> finish(id, SubmittedBy.EXPIRY));
        return overdue.size();
    }

    AttemptSummary finish(long attemptId, SubmittedBy by) {
        AttemptSummary result = transaction.execute(status -> {
            AttemptEntity attempt = attempts.findForUpdate(attemptId).orElseThrow();
            if (attempt.getState() == AttemptState.SUBMITTED) {
                return student.summary(attempt);
            }
            QuizEntity quiz = quizzes.findById(attempt.getQuizId()).orElseThrow();
            List<AttemptQuestionEntity> questions = attemptQuestions.findByAttemptIdOrderByPosition(attemptId);
            Map<Long, QuestionContent> contents = bank.versions(questions.stream().map(AttemptQuestionEntity::getQuestionVersionId).toList());
            Map<Long, BankEntry> entries = bank.entries(questions.stream().map(AttemptQuestionEntity::getQuestionId).toList()).stream()
                    .collect(Collectors.toMap(BankEntry::questionId, e -> e));
            Map<Integer, ResponseEntity> saved = new HashMap<>();
            responses.findByAttemptIdOrderByPosition(attemptId).forEach(r -> saved.put(r.getPosition(), r));
            double total = 0;
            List<AttemptSubmitted.QuestionOutcome> outcomes = new ArrayList<>();
            for (AttemptQuestionEntity aq : questions) {
                QuestionContent content = Objects.requireNonNull(contents.get(aq.getQuestionVersionId()));
                ResponseEntity r = saved.computeIfAbsent(aq.getPosition(), p -> responses.save(new ResponseEntity(attemptId, p, clock.instant())));
                Answer answer = StudentAttempts.read(r.getAnswer());
                Score score = scorer.score(content, answer);
                if (score.needsManualGrading() && !answer.isEmpty()) {
                    r.mark(null, null, true);
                } else {
                    double points = score.fraction() * aq.getPoints();
                    r.mark(score.fraction(), points, false);
                    total += points;
                }
                outcomes.add(new AttemptSubmitted.QuestionOutcome(aq.getQuestionId(),
                        Objects.requireNonNull(entries.get(aq.getQuestionId())).claimIds(),
                        r.isNeedsGrading() ? null : r.getFraction(), !answer.isEmpty()));
            }
            Instant now = clock.instant();
            attempt.submit(now, by, Math.round(total * 1e6) / 1e6);
            marks.write(attempt, questions.stream().map(aq -> {
                ResponseEntity r = Objects.requireNonNull(saved.get(aq.getPosition())); // every question got one above
                return new MarkRow(attemptId, aq.getPosition(), aq.getSlotId(), aq.getQuestionId(), aq.getQuestionVersionId(),
                        aq.getPoints(), r.getAnswer(), r.getScore(), r.isNeedsGrading());
            }).toList(), contents);
            frozen.forget(attemptId);
            // stored with the submission in Modulith's publication registry; learning handles it after
            // the commit on a thread of its own, so this request never holds a second pool connection
            // (a listener's transaction inside this one did: under exam load every connection ended up
            // waiting for another, seen in the 500-student benchmark)
            events.publishEvent(new AttemptSubmitted(attemptId, new UserId(attempt.getStudentId()), quiz.getId(), quiz.getCourseId(),
                    now, outcomes));
            return student.summary(attempt);
        });
        return result;
    }

    void expireMine(long quizId, UserId me) {
        attempts.findByQuizIdAndStudentIdOrderByAttemptNumber(quizId, me.value()).stream()
                .filter(a -> a.getState() == AttemptState.IN_PROGRESS && overdue(a))
                .forEach(a -> finish(a.getId(), SubmittedBy.EXPIRY));
    }

    void expireIfOverdue(long attemptId) {
        AttemptEntity attempt = student.mineReadOnly(attemptId);
        if (attempt.getState() == AttemptState.IN_PROGRESS && overdue(attempt)) {
            finish(attemptId, SubmittedBy.EXPIRY);
        }
    }

    /** Past the deadline and the grace that lets in-flight saves land. */
    private boolean overdue(AttemptEntity a) {
        return !QuizRules.acceptsAnswers(a.getDeadline(), clock.instant());
    }

    AttemptException closed(long attemptId) {
        AttemptEntity attempt = student.mineReadOnly(attemptId);
        if (attempt.getState() == AttemptState.IN_PROGRESS) {
            finish(attemptId, SubmittedBy.EXPIRY);
        } else if (attempt.getSubmittedBy() == SubmittedBy.STUDENT) {
            // a stale tab: the student finished in another window, which this page could not know
            return new AttemptException(Reason.ALREADY_SUBMITTED, SUBMITTED_ELSEWHERE_WORDS);
        }
        return new AttemptException(Reason.ALREADY_SUBMITTED, "quizzes.attempt.over");
    }
}
