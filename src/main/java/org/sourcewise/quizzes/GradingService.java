package org.sourcewise.quizzes;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.accounts.UserSummary;
import org.sourcewise.audit.AuditAction;
import org.sourcewise.audit.AuditLog;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.ResponseEntity;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.sourcewise.quizzes.rules.AttemptAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading by hand: an instructor of the student's class (or an admin) grades an essay, or overrides a
 * question's or a whole attempt's grade with a reason. The attempt's score is recomputed from its
 * questions (which ends an earlier override of the whole attempt); every grade goes to the audit log
 * with the grader, the old and the new mark. The student sees the new grade, comment and reason in
 * their review. Grading an essay or overriding a question publishes {@link QuestionGraded}, so that
 * learning can update the student's review state of the question's claims (docs/practice.md).
 */
@Service
public class GradingService {

    private static final int MAX_COMMENT = 4000;
    private static final int MAX_REASON = 1000;

    private final AttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final ResponseRepository responses;
    private final QuestionBankService bank;
    private final QuizService quizzes;
    private final AccountService accounts;
    private final StaffAccess staffAccess;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Statistics read a copy of each attempt's marks; a grade renews it in the same transaction. */
    private final AttemptMarksStore marks;

    GradingService(AttemptRepository attempts, AttemptQuestionRepository attemptQuestions, ResponseRepository responses,
                   QuestionBankService bank, QuizService quizzes, AccountService accounts, StaffAccess staffAccess,
                   CurrentUser currentUser, AuditLog audit, Clock clock, ApplicationEventPublisher events, AttemptMarksStore marks) {
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.responses = responses;
        this.bank = bank;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.staffAccess = staffAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.marks = marks;
    }

    /** The hand grades of a submitted attempt: for its student, an instructor of the student's class, or an admin. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttemptGrades grades(long attemptId) {
        AttemptEntity attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        AccountPrincipal me = currentUser.require();
        String student;
        if (me.role() == Role.STUDENT) {
            if (!attempt.getStudentId().equals(me.id().value())) {
                throw new AccessDeniedException("this attempt belongs to another student");
            }
            student = me.displayName() + " (" + me.username() + ")";
        } else {
            requireStaffOf(attempt);
            student = accounts.findAll(List.of(new UserId(attempt.getStudentId()))).stream().findFirst()
                    .map(u -> u.displayName() + " (" + u.username() + ")").orElse("user " + attempt.getStudentId());
        }
        List<AttemptQuestionEntity> questions = attemptQuestions.findByAttemptIdOrderByPosition(attemptId);
        Map<Long, QuestionType> types = bank.versions(questions.stream().map(AttemptQuestionEntity::getQuestionVersionId).toList())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().type()));
        Map<Integer, ResponseEntity> saved = responses.findByAttemptIdOrderByPosition(attemptId).stream()
                .collect(Collectors.toMap(ResponseEntity::getPosition, Function.identity()));
        List<AttemptGrades.QuestionGrade> grades = questions.stream().map(q -> {
            ResponseEntity r = saved.get(q.getPosition());
            boolean essay = types.get(q.getQuestionVersionId()) == QuestionType.ESSAY;
            if (r == null) {
                return new AttemptGrades.QuestionGrade(q.getPosition(), essay, q.getPoints(), 0.0, false, null, null, false);
            }
            return new AttemptGrades.QuestionGrade(q.getPosition(), essay, q.getPoints(), r.isNeedsGrading() ? null : r.getScore(),
                    r.isNeedsGrading(), r.getGraderComment(), r.getOverrideReason(), r.getGradedBy() != null);
        }).toList();
        return new AttemptGrades(attemptId, student, attempt.getScore(), attempt.getMaxScore(), attempt.getOverrideReason(), grades);
    }

    /**
     * Grades an essay that has no teacher's grade yet: a score from 0 to the question's points and an
     * optional comment for the student. A grade once given changes only by {@link #overrideQuestion}.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public AttemptGrades gradeEssay(long attemptId, int position, double score, String comment) {
        AttemptEntity attempt = submittedForStaff(attemptId);
        AttemptQuestionEntity question = question(attemptId, position);
        QuestionType type = Objects.requireNonNull(bank.versions(List.of(question.getQuestionVersionId()))
                .get(question.getQuestionVersionId())).type();
        if (type != QuestionType.ESSAY) {
            throw new GradingException("score", "quizzes.grading.marked-automatically", position);
        }
        ResponseEntity response = response(attemptId, position);
        if (response.getGradedBy() != null) {
            throw new GradingException("score", "quizzes.grading.already-graded", position);
        }
        String before = mark(response);
        Double fractionBefore = fraction(response);
        apply(attempt, question, response, checkedScore(score, question.getPoints()), text(comment, MAX_COMMENT, "comment"), null);
        publishGraded(attempt, question, fractionBefore, response);
        audit.record(AuditAction.ESSAY_GRADED, target(attemptId, position), describe(attempt, position) + ": " + before + " -> "
                + points(response.getScore()) + " of " + points(question.getPoints())
                + (response.getGraderComment() == null ? "" : "; comment: " + response.getGraderComment()));
        return grades(attemptId);
    }

    /** Replaces a question's mark (automatic or a teacher's) with a score and a reason the student and the audit log see. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public AttemptGrades overrideQuestion(long attemptId, int position, double score, String reason, String comment) {
        AttemptEntity attempt = submittedForStaff(attemptId);
        AttemptQuestionEntity question = question(attemptId, position);
        ResponseEntity response = response(attemptId, position);
        String why = reason(reason);
        String before = mark(response);
        Double fractionBefore = fraction(response);
        apply(attempt, question, response, checkedScore(score, question.getPoints()), text(comment, MAX_COMMENT, "comment"), why);
        publishGraded(attempt, question, fractionBefore, response);
        audit.record(AuditAction.QUESTION_GRADE_OVERRIDDEN, target(attemptId, position), describe(attempt, position) + ": " + before
                + " -> " + points(response.getScore()) + " of " + points(question.getPoints()) + "; reason: " + why);
        return grades(attemptId);
    }

    /** Sets a whole attempt's score by hand, from 0 to its maximum, with a reason; grading a question later recomputes it. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public AttemptGrades overrideAttempt(long attemptId, double score, String reason) {
        AttemptEntity attempt = submittedForStaff(attemptId);
        String why = reason(reason);
        double checked = checkedScore(score, attempt.getMaxScore());
        String before = points(attempt.getScore());
        attempt.regrade(checked, why);
        marks.refresh(List.of(attemptId));
        audit.record(AuditAction.ATTEMPT_GRADE_OVERRIDDEN, "attempt:" + attemptId, describe(attempt, 0) + ": " + before + " -> "
                + points(checked) + " of " + points(attempt.getMaxScore()) + "; reason: " + why);
        return grades(attemptId);
    }

    private void apply(AttemptEntity attempt, AttemptQuestionEntity question, ResponseEntity response, double score,
                       @Nullable String comment, @Nullable String reason) {
        double fraction = question.getPoints() <= 0 ? 0 : score / question.getPoints();
        response.grade(fraction, score, comment, reason, currentUser.id().value(), clock.instant());
        responses.flush();
        double total = responses.findByAttemptIdOrderByPosition(attempt.getId()).stream()
                .filter(r -> !r.isNeedsGrading() && r.getScore() != null).mapToDouble(ResponseEntity::getScore).sum();
        attempt.regrade(Math.round(total * 1e6) / 1e6, null);
        marks.refresh(List.of(attempt.getId()));
    }

    /** A response's mark as a fraction of its points; null while it waits for a teacher's grade. */
    private static @Nullable Double fraction(ResponseEntity r) {
        return r.isNeedsGrading() ? null : r.getFraction();
    }

    /**
     * Tells learning about the new mark, with every question of the attempt as it now stands. Listeners
     * run after this transaction commits (AttemptSubmittedListener's rule), so a failure there never
     * undoes the grade.
     */
    private void publishGraded(AttemptEntity attempt, AttemptQuestionEntity graded, @Nullable Double fractionBefore,
                               ResponseEntity response) {
        List<AttemptQuestionEntity> questions = attemptQuestions.findByAttemptIdOrderByPosition(attempt.getId());
        Map<Long, java.util.Set<Long>> claims = bank.entries(questions.stream().map(AttemptQuestionEntity::getQuestionId).toList())
                .stream().collect(Collectors.toMap(org.sourcewise.questions.BankEntry::questionId,
                        org.sourcewise.questions.BankEntry::claimIds));
        Map<Integer, ResponseEntity> saved = responses.findByAttemptIdOrderByPosition(attempt.getId()).stream()
                .collect(Collectors.toMap(ResponseEntity::getPosition, Function.identity()));
        List<AttemptSubmitted.QuestionOutcome> outcomes = questions.stream().map(q -> {
            ResponseEntity r = saved.get(q.getPosition());
            boolean answered = r != null && !new org.sourcewise.quizzes.scoring.Answer(StoredAttempts.readAnswer(r.getAnswer())).isEmpty();
            Double fraction = r == null ? Double.valueOf(0.0) : fraction(r);
            return new AttemptSubmitted.QuestionOutcome(q.getQuestionId(), claims.getOrDefault(q.getQuestionId(), java.util.Set.of()),
                    fraction, answered);
        }).toList();
        events.publishEvent(new QuestionGraded(attempt.getId(), new UserId(attempt.getStudentId()), graded.getPosition(),
                graded.getQuestionId(), Objects.requireNonNull(attempt.getSubmittedAt(), "a graded attempt is submitted"),
                clock.instant(), fractionBefore, Objects.requireNonNull(response.getFraction(), "just graded"), outcomes));
    }

    private AttemptEntity submittedForStaff(long attemptId) {
        AttemptEntity attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        requireStaffOf(attempt);
        if (attempt.getState() != AttemptState.SUBMITTED) {
            throw new GradingException("attempt", "quizzes.grading.still-open");
        }
        return attempt;
    }

    /** An admin, or an instructor of the class through which the attempt was taken. */
    private void requireStaffOf(AttemptEntity attempt) {
        if (!AttemptAccess.mayGrade(staffAccess.viewer(), attempt.getClassId())) {
            throw new AccessDeniedException("not an attempt of a class you teach");
        }
    }

    private AttemptQuestionEntity question(long attemptId, int position) {
        return attemptQuestions.findById(new AttemptQuestionEntity.Key(attemptId, position))
                .orElseThrow(() -> new GradingException("score", "quizzes.grading.no-such-question", position));
    }

    private ResponseEntity response(long attemptId, int position) {
        return responses.findById(new ResponseEntity.Key(attemptId, position))
                .orElseGet(() -> responses.save(new ResponseEntity(attemptId, position, clock.instant())));
    }

    private static double checkedScore(double score, double max) {
        if (Double.isNaN(score) || score < 0 || score > max + 1e-9) {
            // whole points are written without decimals, others with two, as everywhere on the review
            throw new GradingException("score", "quizzes.grading.score-range", max, max == Math.rint(max) ? 1 : 0);
        }
        return Math.round(score * 1e6) / 1e6;
    }

    private static String reason(@Nullable String reason) {
        String why = text(reason, MAX_REASON, "reason");
        if (why == null) {
            throw new GradingException("reason", "quizzes.grading.reason-needed");
        }
        return why;
    }

    private static @Nullable String text(@Nullable String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new GradingException(field, "quizzes.grading.too-long", max, stripped.length());
        }
        return stripped;
    }

    private String describe(AttemptEntity attempt, int position) {
        String student = accounts.findAll(List.of(new UserId(attempt.getStudentId()))).stream().findFirst()
                .map(UserSummary::username).orElse("user " + attempt.getStudentId());
        String quiz = quizzes.find(attempt.getQuizId()).map(QuizInfo::title).orElse("quiz " + attempt.getQuizId());
        return "student " + student + ", " + quiz + ", attempt " + attempt.getAttemptNumber()
                + (position > 0 ? ", question " + position : "");
    }

    private static String mark(ResponseEntity r) {
        return r.isNeedsGrading() ? "awaiting grading" : points(r.getScore());
    }

    private static String target(long attemptId, int position) {
        return "attempt:" + attemptId + "/question:" + position;
    }

    private static String points(@Nullable Double value) {
        if (value == null) {
            return "no score";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(Locale.ROOT, "%.2f", value);
    }
}
