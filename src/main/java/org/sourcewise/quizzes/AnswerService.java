package org.sourcewise.quizzes;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.browser.Worded;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.AttemptException.Reason;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptGate;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.ResponseEntity;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.scoring.Answer;
import org.sourcewise.quizzes.scoring.NumberInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking an attempt: the sheet the page shows (no key, options in the frozen order), each answer saved
 * the moment it changes, flags, and where the student is. The hot path of an exam; only the
 * attempt's own student, and only while it takes changes.
 */
@Service
public class AnswerService {

    /** The words for a student who typed something else than a number into a numeric answer. */
    public static final String NOT_A_NUMBER_WORDS = "quizzes.attempt.not-a-number";
    /** What a student who typed something else than a number into a numeric answer is told, in English. */
    public static final String NOT_A_NUMBER = Worded.english(NOT_A_NUMBER_WORDS);

    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final ResponseRepository responses;
    private final QuestionBankService bank;
    private final FrozenQuestions frozen;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AttemptSubmissionService submissions;
    private final StudentAttempts student;

    private final org.sourcewise.content.CourseService courses;

    AnswerService(QuizRepository quizzes, AttemptRepository attempts, AttemptQuestionRepository attemptQuestions,
                  ResponseRepository responses, QuestionBankService bank, FrozenQuestions frozen, CurrentUser currentUser,
                  Clock clock, TransactionTemplate transaction, AttemptSubmissionService submissions, StudentAttempts student,
                  org.sourcewise.content.CourseService courses) {
        this.courses = courses;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.responses = responses;
        this.bank = bank;
        this.frozen = frozen;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transaction = transaction;
        this.submissions = submissions;
        this.student = student;
    }

    /** The attempt as the page shows it; an attempt past its deadline is submitted first. */
    @RolesAllowed("STUDENT")
    public AttemptSheet sheet(long attemptId) {
        submissions.expireIfOverdue(attemptId);
        return transaction.execute(status -> {
            AttemptEntity attempt = student.mine(attemptId);
            QuizEntity quiz = quizzes.findById(attempt.getQuizId()).orElseThrow();
            List<AttemptQuestionEntity> questions = attemptQuestions.findByAttemptIdOrderByPosition(attemptId);
            Map<Long, QuestionContent> contents = bank.versions(questions.stream().map(AttemptQuestionEntity::getQuestionVersionId).toList());
            Map<Integer, ResponseEntity> saved = responses.findByAttemptIdOrderByPosition(attemptId).stream()
                    .collect(Collectors.toMap(ResponseEntity::getPosition, r -> r));
            List<StudentQuestion> shown = new ArrayList<>();
            Map<Integer, StudentResponse> answers = new LinkedHashMap<>();
            for (AttemptQuestionEntity aq : questions) {
                QuestionContent content = Objects.requireNonNull(contents.get(aq.getQuestionVersionId()));
                shown.add(AttemptPresenter.present(aq.getPosition(), content, aq.optionOrder(), aq.getPoints()));
                ResponseEntity r = saved.get(aq.getPosition());
                if (r != null) {
                    answers.put(aq.getPosition(), new StudentResponse(
                            AttemptPresenter.toDisplay(content, aq.optionOrder(), StudentAttempts.read(r.getAnswer())), r.isFlagged(),
                            r.getAnswerVersion()));
                }
            }
            return new AttemptSheet(attemptId, quiz.getId(), quiz.getTitle(), attempt.getAttemptNumber(), attempt.getState(),
                    attempt.getDeadline(), clock.instant(), attempt.getCurrentPosition(), shown, answers, courses.language(quiz.getCourseId()));
        });
    }

    /**
     * Saves one answer whatever another window saved before: for callers that hold no earlier version
     * of it. The quiz page uses {@link #saveAnswer(long, int, List, int)}.
     */
    @RolesAllowed("STUDENT")
    public void saveAnswer(long attemptId, int position, List<String> displayValues) {
        save(attemptId, position, displayValues, null);
    }

    /**
     * Saves one answer the moment it changes, if it is still the version the page last saw. When another
     * window or device saved a different answer since, nothing is written and the result holds that
     * stored answer, so the page can show it and say so: last write may win, but never unknowingly.
     * Refused once the attempt is submitted or past deadline and grace.
     */
    @RolesAllowed("STUDENT")
    public SavedAnswer saveAnswer(long attemptId, int position, List<String> displayValues, int seenVersion) {
        return Objects.requireNonNull(save(attemptId, position, displayValues, seenVersion));
    }

    private @Nullable SavedAnswer save(long attemptId, int position, List<String> displayValues, @Nullable Integer seenVersion) {
        // the hot path of an exam (every answer of every student): plain values and single statements,
        // no entities to track and flush
        Outcome outcome = Objects.requireNonNull(transaction.execute(status -> {
            AttemptGate gate = attempts.findGate(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
            if (gate.studentId() != currentUser.id().value()) {
                throw new AccessDeniedException("this attempt belongs to another student");
            }
            if (!QuizRules.takesChanges(gate.state(), gate.deadline(), clock.instant())) {
                return Outcome.CLOSED;
            }
            FrozenQuestions.Frozen question = frozen.at(attemptId, position);
            if (question == null) {
                throw new AttemptException(Reason.NO_SUCH_QUESTION, "quizzes.attempt.no-such-question", position);
            }
            QuestionContent content = Objects.requireNonNull(bank.versions(List.of(question.versionId())).get(question.versionId()));
            if (content.type() == QuestionType.NUMERIC && displayValues != null && displayValues.stream()
                    .anyMatch(v -> v != null && !v.isBlank() && NumberInput.parse(v).isEmpty())) {
                throw new AttemptException(Reason.NOT_A_NUMBER, NOT_A_NUMBER_WORDS);
            }
            List<String> values = displayValues == null ? List.of() : displayValues;
            Answer answer = AttemptPresenter.toAuthored(content, question.optionOrder(), values);
            String json = StoredAttempts.writeAnswer(answer.values());
            Instant now = clock.instant();
            int updated = seenVersion == null ? responses.saveAnswer(attemptId, position, json, now)
                    : responses.saveAnswerIfSeen(attemptId, position, json, now, seenVersion);
            SavedAnswer result;
            if (updated == 1) {
                result = seenVersion == null ? null : new SavedAnswer(false, new StudentResponse(values, false, seenVersion + 1), now, gate.deadline());
            } else {
                ResponseEntity stored = responses.findById(new ResponseEntity.Key(attemptId, position)).orElse(null);
                if (stored == null) {
                    ResponseEntity created = new ResponseEntity(attemptId, position, now);
                    created.answer(json, now);
                    responses.save(created);
                    result = new SavedAnswer(false, new StudentResponse(values, false, created.getAnswerVersion()), now, gate.deadline());
                } else {
                    // another window saved since; the same answer from both is no disagreement
                    StudentResponse there = new StudentResponse(AttemptPresenter.toDisplay(content, question.optionOrder(),
                            StudentAttempts.read(stored.getAnswer())), stored.isFlagged(), stored.getAnswerVersion());
                    return Outcome.of(new SavedAnswer(!json.equals(stored.getAnswer()), there, stored.getSavedAt(), gate.deadline()));
                }
            }
            // where the student is, for another device: the question last answered (the page keeps the
            // one last shown in its address, so a reload needs no write per move)
            if (gate.currentPosition() != position) {
                attempts.moveTo(attemptId, gate.studentId(), position, AttemptState.IN_PROGRESS);
            }
            return Outcome.of(result);
        }));
        if (outcome.closed()) {
            throw submissions.closed(attemptId);
        }
        return outcome.saved();
    }

    /** A save's result inside its transaction: closed when the attempt no longer takes changes. */
    private record Outcome(boolean closed, @Nullable SavedAnswer saved) {
        static final Outcome CLOSED = new Outcome(true, null);

        static Outcome of(@Nullable SavedAnswer saved) {
            return new Outcome(false, saved);
        }
    }

    /**
     * The attempt's state and each answer's version: what a page that comes back to the front compares
     * with what it shows, to find answers saved meanwhile in another window or device. One small query.
     */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public AttemptChanges changes(long attemptId) {
        AttemptEntity attempt = student.mine(attemptId);
        Map<Integer, Integer> versions = new LinkedHashMap<>();
        responses.findAnswerVersions(attemptId).forEach(v -> versions.put(v.position(), v.version()));
        return new AttemptChanges(attempt.getState(), versions, attempt.getDeadline());
    }

    @RolesAllowed("STUDENT")
    public void setFlag(long attemptId, int position, boolean flagged) {
        boolean expired = Boolean.TRUE.equals(transaction.execute(status -> {
            if (openForChange(attemptId) == null) {
                return true;
            }
            if (!attemptQuestions.existsById(new AttemptQuestionEntity.Key(attemptId, position))) {
                throw new AttemptException(Reason.NO_SUCH_QUESTION, "quizzes.attempt.no-such-question", position);
            }
            response(attemptId, position).flag(flagged, clock.instant());
            return false;
        }));
        if (expired) {
            throw submissions.closed(attemptId);
        }
    }

    /** Remembers where the student is, so another device opens the same question (answers saved move it too). */
    @RolesAllowed("STUDENT")
    @Transactional
    public void moveTo(long attemptId, int position) {
        if (attempts.moveTo(attemptId, currentUser.id().value(), position, AttemptState.IN_PROGRESS) == 0) {
            student.mine(attemptId); // refuses another student's attempt; a submitted one of theirs stays where it is
        }
    }

    /** The attempt if it may still change (deadline plus grace not passed), or null when it is over. */
    private @Nullable AttemptEntity openForChange(long attemptId) {
        AttemptEntity attempt = student.mine(attemptId);
        return QuizRules.takesChanges(attempt.getState(), attempt.getDeadline(), clock.instant()) ? attempt : null;
    }

    private ResponseEntity response(long attemptId, int position) {
        return responses.findById(new ResponseEntity.Key(attemptId, position))
                .orElseGet(() -> responses.save(new ResponseEntity(attemptId, position, clock.instant())));
    }
}
