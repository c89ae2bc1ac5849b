package org.sourcewise.quizzes;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.quizzes.AttemptException.Reason;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptEntity.SubmittedBy;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.QuizSlotEntity;
import org.sourcewise.quizzes.internal.QuizSlotRepository;
import org.sourcewise.quizzes.internal.AttemptGate;
import org.sourcewise.quizzes.internal.MarkRow;
import org.sourcewise.quizzes.internal.ResponseEntity;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.sourcewise.quizzes.internal.SlotRules;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.rules.Standing;
import org.sourcewise.quizzes.scoring.Answer;
import org.sourcewise.quizzes.scoring.Score;
import org.sourcewise.quizzes.scoring.Scorer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempts: start (questions and option order frozen), save each change, flag, move, submit once,
 * expire at the server's deadline, and review as the quiz's policy allows. Every method checks that
 * the attempt belongs to the caller; nothing here returns an answer key before submission.
 */
@Service
public class AttemptService {

    /** Accepts a save that was in flight when the deadline passed. */
    public static final Duration GRACE = QuizRules.GRACE;

    private final QuizRepository quizzes;
    private final QuizService quizService;
    private final QuizSlotRepository slots;
    private final AttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final ResponseRepository responses;
    private final QuestionBankService bank;
    private final CourseService courses;
    private final SlotRules slotRules;
    private final QuizAccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final StaffScope staffScope;
    private final AttemptMarksStore marks;
    private final FrozenQuestions frozen;
    private final Scorer scorer = new Scorer();
    private final Random random = new SecureRandom();

    AttemptService(QuizRepository quizzes, QuizService quizService, QuizSlotRepository slots, AttemptRepository attempts,
                   AttemptQuestionRepository attemptQuestions, ResponseRepository responses, QuestionBankService bank,
                   CourseService courses, SlotRules slotRules, QuizAccessPolicy access, CurrentUser currentUser, Clock clock,
                   ApplicationEventPublisher events, TransactionTemplate transaction, StaffScope staffScope,
                   AttemptMarksStore marks, FrozenQuestions frozen) {
        this.quizzes = quizzes;
        this.quizService = quizService;
        this.slots = slots;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.responses = responses;
        this.bank = bank;
        this.courses = courses;
        this.slotRules = slotRules;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.transaction = transaction;
        this.staffScope = staffScope;
        this.marks = marks;
        this.frozen = frozen;
    }

    /** The start page: rules, attempts used and left, grade so far, and whether a new attempt may start. */
    @RolesAllowed("STUDENT")
    public QuizStart startPage(long quizId) {
        UserId me = currentUser.id();
        expireMine(quizId, me);
        return transaction.execute(status -> {
            QuizEntity quiz = quizForStudent(quizId, me);
            List<AttemptEntity> mine = attempts.findByQuizIdAndStudentIdOrderByAttemptNumber(quizId, me.value());
            List<AttemptSummary> summaries = summaries(mine);
            Standing standing = Standing.of(quiz.rules(), null, summaries, clock.instant());
            AttemptSummary open = standing.openAttempt();
            String whyNot = open != null ? null : whyNoNewAttempt(quiz, mine.size());
            return new QuizStart(info(quiz), mine.size(), standing.attemptsLeft(), open, summaries, standing,
                    open != null || whyNot == null, whyNot);
        });
    }

    /**
     * Continues the caller's open attempt, or starts a new one when the rules allow. Two tabs starting
     * at once get the same attempt: the database allows one open attempt per student and quiz.
     */
    @RolesAllowed("STUDENT")
    public long startOrResume(long quizId) {
        UserId me = currentUser.id();
        expireMine(quizId, me);
        Optional<Long> open = openAttempt(quizId, me);
        if (open.isPresent()) {
            return open.get();
        }
        try {
            return transaction.execute(status -> create(quizId, me));
        } catch (DataIntegrityViolationException raced) {
            return openAttempt(quizId, me).orElseThrow(() -> raced);
        }
    }

    /** The attempt as the page shows it; an attempt past its deadline is submitted first. */
    @RolesAllowed("STUDENT")
    public AttemptSheet sheet(long attemptId) {
        expireIfOverdue(attemptId);
        return transaction.execute(status -> {
            AttemptEntity attempt = mine(attemptId);
            QuizEntity quiz = quizzes.findById(attempt.getQuizId()).orElseThrow();
            List<AttemptQuestionEntity> questions = attemptQuestions.findByAttemptIdOrderByPosition(attemptId);
            Map<Long, QuestionContent> contents = bank.versions(questions.stream().map(AttemptQuestionEntity::getQuestionVersionId).toList());
            Map<Integer, ResponseEntity> saved = responses.findByAttemptIdOrderByPosition(attemptId).stream()
                    .collect(Collectors.toMap(ResponseEntity::getPosition, r -> r));
            List<StudentQuestion> shown = new ArrayList<>();
            Map<Integer, StudentResponse> answers = new LinkedHashMap<>();
            for (AttemptQuestionEntity aq : questions) {
                QuestionContent content = contents.get(aq.getQuestionVersionId());
                shown.add(AttemptPresenter.present(aq.getPosition(), content, aq.optionOrder(), aq.getPoints()));
                ResponseEntity r = saved.get(aq.getPosition());
                if (r != null) {
                    answers.put(aq.getPosition(), new StudentResponse(
                            AttemptPresenter.toDisplay(content, aq.optionOrder(), read(r.getAnswer())), r.isFlagged()));
                }
            }
            return new AttemptSheet(attemptId, quiz.getId(), quiz.getTitle(), attempt.getAttemptNumber(), attempt.getState(),
                    attempt.getDeadline(), clock.instant(), attempt.getCurrentPosition(), shown, answers);
        });
    }

    /** Saves one answer the moment it changes. Refused once the attempt is submitted or past deadline and grace. */
    @RolesAllowed("STUDENT")
    public void saveAnswer(long attemptId, int position, List<String> displayValues) {
        // the hot path of an exam (every answer of every student): plain values and single statements,
        // no entities to track and flush
        boolean expired = Boolean.TRUE.equals(transaction.execute(status -> {
            AttemptGate gate = attempts.findGate(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
            if (gate.studentId() != currentUser.id().value()) {
                throw new AccessDeniedException("this attempt belongs to another student");
            }
            if (!open(gate.state(), gate.deadline())) {
                return true;
            }
            FrozenQuestions.Frozen question = frozen.at(attemptId, position);
            if (question == null) {
                throw new AttemptException(Reason.NO_SUCH_QUESTION, "This attempt has no question " + position + ".");
            }
            QuestionContent content = bank.versions(List.of(question.versionId())).get(question.versionId());
            Answer answer = AttemptPresenter.toAuthored(content, question.optionOrder(), displayValues == null ? List.of() : displayValues);
            String json = StoredAttempts.writeAnswer(answer.values());
            Instant now = clock.instant();
            if (responses.saveAnswer(attemptId, position, json, now) == 0) {
                ResponseEntity created = new ResponseEntity(attemptId, position, now);
                created.answer(json, now);
                responses.save(created);
            }
            // where the student is, for another device: the question last answered (the page keeps the
            // one last shown in its address, so a reload needs no write per move)
            if (gate.currentPosition() != position) {
                attempts.moveTo(attemptId, gate.studentId(), position, AttemptState.IN_PROGRESS);
            }
            return false;
        }));
        if (expired) {
            throw closed(attemptId);
        }
    }

    @RolesAllowed("STUDENT")
    public void setFlag(long attemptId, int position, boolean flagged) {
        boolean expired = Boolean.TRUE.equals(transaction.execute(status -> {
            if (openForChange(attemptId) == null) {
                return true;
            }
            if (!attemptQuestions.existsById(new AttemptQuestionEntity.Key(attemptId, position))) {
                throw new AttemptException(Reason.NO_SUCH_QUESTION, "This attempt has no question " + position + ".");
            }
            response(attemptId, position).flag(flagged, clock.instant());
            return false;
        }));
        if (expired) {
            throw closed(attemptId);
        }
    }

    /** Remembers where the student is, so another device opens the same question (answers saved move it too). */
    @RolesAllowed("STUDENT")
    @Transactional
    public void moveTo(long attemptId, int position) {
        if (attempts.moveTo(attemptId, currentUser.id().value(), position, AttemptState.IN_PROGRESS) == 0) {
            mine(attemptId); // refuses another student's attempt; a submitted one of theirs stays where it is
        }
    }

    /** Submits the attempt once; a second submission (another tab, a double click) changes nothing. */
    @RolesAllowed("STUDENT")
    public AttemptSummary submit(long attemptId) {
        mineReadOnly(attemptId);
        return finish(attemptId, SubmittedBy.STUDENT);
    }

    /**
     * The page's count-down reached zero: submit with the saved answers, if the server's clock agrees
     * that the deadline has passed (a fast client clock submits nothing).
     */
    @RolesAllowed("STUDENT")
    public AttemptSummary timeUp(long attemptId) {
        AttemptEntity attempt = mineReadOnly(attemptId);
        if (attempt.getState() == AttemptState.IN_PROGRESS && attempt.getDeadline() != null
                && !clock.instant().isBefore(attempt.getDeadline())) {
            return finish(attemptId, SubmittedBy.EXPIRY);
        }
        return transaction.execute(status -> summary(mine(attemptId)));
    }

    /** Submits, with their saved answers, the open attempts whose deadline and grace have passed. */
    @PreAuthorize("hasRole('SYSTEM')")
    public int submitExpired() {
        List<Long> overdue = attempts.findIdsByStateAndDeadlineBefore(AttemptState.IN_PROGRESS, clock.instant().minus(GRACE));
        overdue.forEach(id -> finish(id, SubmittedBy.EXPIRY));
        return overdue.size();
    }

    /**
     * The caller's standing on each of these quizzes (quiz id to the assignment's due date, or null):
     * grade, status and attempts left by {@link Standing}'s one rule, for the student home.
     */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public Map<Long, Standing> myStandings(Map<Long, Instant> dueAtByQuiz) {
        Map<Long, List<AttemptSummary>> mine = myAttempts();
        Instant now = clock.instant();
        Map<Long, Standing> standings = new LinkedHashMap<>();
        quizzes.findAllById(dueAtByQuiz.keySet()).forEach(quiz -> standings.put(quiz.getId(),
                Standing.of(quiz.rules(), dueAtByQuiz.get(quiz.getId()), mine.getOrDefault(quiz.getId(), List.of()), now)));
        return standings;
    }

    /** The caller's attempts at every quiz, for the student home. */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public Map<Long, List<AttemptSummary>> myAttempts() {
        List<AttemptEntity> mine = attempts.findByStudentId(currentUser.id().value()).stream()
                .sorted(java.util.Comparator.comparingInt(AttemptEntity::getAttemptNumber)).toList();
        return summaries(mine).stream()
                .collect(Collectors.groupingBy(AttemptSummary::quizId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The review of a submitted attempt, as the quiz's review policy allows, for its student or staff. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttemptReview review(long attemptId) {
        AccountPrincipal me = currentUser.require();
        AttemptEntity attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        boolean staff = me.role() != Role.STUDENT;
        if (!staff && !attempt.getStudentId().equals(me.id().value())) {
            throw new AccessDeniedException("this attempt belongs to another student");
        }
        if (me.role() == Role.INSTRUCTOR && !staffScope.studentsTaughtBy(me.id()).contains(attempt.getStudentId())) {
            throw new AccessDeniedException("you do not teach this attempt's student");
        }
        if (attempt.getState() != AttemptState.SUBMITTED) {
            throw new AttemptException(Reason.ALREADY_SUBMITTED, "This attempt is still open; submit it to see its review.");
        }
        QuizEntity quiz = quizzes.findById(attempt.getQuizId()).orElseThrow();
        AttemptSummary summary = summary(attempt);
        boolean passed = Standing.passes(quiz.rules(), summary);
        String whyHidden = staff ? null : switch (quiz.getReviewPolicy()) {
            case AFTER_SUBMIT -> null;
            case AFTER_CLOSE -> quiz.getCloseAt() == null || clock.instant().isBefore(quiz.getCloseAt())
                    ? "Answers and explanations are shown after the quiz closes." : null;
            case NEVER -> "This quiz does not show answers and explanations.";
        };
        if (whyHidden != null) {
            return new AttemptReview(summary, info(quiz), passed, false, whyHidden, List.of());
        }
        return new AttemptReview(summary, info(quiz), passed, true, null, reviewItems(attempt.getId()));
    }

    private List<AttemptReview.Item> reviewItems(long attemptId) {
        List<AttemptQuestionEntity> questions = attemptQuestions.findByAttemptIdOrderByPosition(attemptId);
        Map<Long, QuestionContent> contents = bank.versions(questions.stream().map(AttemptQuestionEntity::getQuestionVersionId).toList());
        Map<Long, BankEntry> entries = bank.entries(questions.stream().map(AttemptQuestionEntity::getQuestionId).toList()).stream()
                .collect(Collectors.toMap(BankEntry::questionId, e -> e));
        Set<Long> claimIds = entries.values().stream().flatMap(e -> e.claimIds().stream()).collect(Collectors.toSet());
        Map<Long, ClaimInfo> claims = courses.claimsByIds(claimIds).stream().collect(Collectors.toMap(ClaimInfo::id, c -> c));
        Map<Integer, ResponseEntity> saved = responses.findByAttemptIdOrderByPosition(attemptId).stream()
                .collect(Collectors.toMap(ResponseEntity::getPosition, r -> r));
        List<AttemptReview.Item> items = new ArrayList<>();
        for (AttemptQuestionEntity aq : questions) {
            QuestionContent content = contents.get(aq.getQuestionVersionId());
            ResponseEntity r = saved.get(aq.getPosition());
            Answer answer = r == null ? Answer.empty() : read(r.getAnswer());
            Score score = scorer.score(content, answer);
            List<String> feedback = score.matchedOptions().stream()
                    .filter(i -> i >= 0 && i < content.options().size())
                    .map(i -> content.options().get(i).feedback()).filter(f -> f != null && !f.isBlank()).distinct().toList();
            List<ClaimInfo> tested = entries.get(aq.getQuestionId()).claimIds().stream().map(claims::get)
                    .filter(c -> c != null).sorted(java.util.Comparator.comparingInt(ClaimInfo::ordinal)).toList();
            items.add(new AttemptReview.Item(aq.getPosition(), content.type(), content.stem(), aq.getPoints(),
                    r == null ? Double.valueOf(0) : r.getScore(), r == null ? Double.valueOf(0) : r.getFraction(), !answer.isEmpty(),
                    AttemptPresenter.describe(content, answer), AttemptPresenter.key(content), feedback,
                    content.explanation(), content.generalFeedback(), tested));
        }
        return items;
    }

    private long create(long quizId, UserId me) {
        QuizEntity quiz = quizForStudent(quizId, me);
        int used = attempts.findByQuizIdAndStudentIdOrderByAttemptNumber(quizId, me.value()).size();
        String whyNot = whyNoNewAttempt(quiz, used);
        if (whyNot != null) {
            throw new AttemptException(used >= quiz.getAttemptsAllowed() && quiz.getAttemptsAllowed() > 0
                    ? Reason.NO_ATTEMPTS_LEFT : Reason.CLOSED, whyNot);
        }
        List<QuizAssembler.Drawn> drawn = draw(quiz);
        if (quiz.isShuffleQuestions()) {
            drawn = new ArrayList<>(drawn);
            Collections.shuffle(drawn, random);
        }
        Instant now = clock.instant();
        Instant deadline = quiz.rules().deadline(now);
        double max = drawn.stream().mapToDouble(QuizAssembler.Drawn::points).sum();
        AttemptEntity attempt = attempts.saveAndFlush(new AttemptEntity(quizId, me.value(), used + 1, now, deadline, max));
        Map<Long, BankEntry> entries = bank.entries(drawn.stream().map(QuizAssembler.Drawn::questionId).toList()).stream()
                .collect(Collectors.toMap(BankEntry::questionId, e -> e));
        Map<Long, QuestionContent> contents = bank.versions(entries.values().stream().map(BankEntry::currentVersionId).toList());
        Map<Integer, Long> slotIds = slots.findByQuizIdOrderByPosition(quizId).stream()
                .collect(Collectors.toMap(QuizSlotEntity::getPosition, QuizSlotEntity::getId));
        int position = 1;
        for (QuizAssembler.Drawn d : drawn) {
            BankEntry entry = entries.get(d.questionId());
            QuestionContent content = contents.get(entry.currentVersionId());
            attemptQuestions.save(new AttemptQuestionEntity(attempt.getId(), position++, slotIds.get(d.slotPosition()),
                    entry.questionId(), entry.currentVersionId(), AttemptPresenter.newOrder(content, quiz.isShuffleOptions(), random),
                    d.points()));
        }
        return attempt.getId();
    }

    private List<QuizAssembler.Drawn> draw(QuizEntity quiz) {
        List<LessonInfo> lessons = courses.lessons(quiz.getCourseId());
        Map<Long, Set<Long>> lessonClaims = lessons.stream().collect(Collectors.toMap(LessonInfo::id,
                l -> l.claims().stream().map(ClaimInfo::id).collect(Collectors.toSet())));
        Set<String> checkKeys = lessons.stream().flatMap(l -> l.checkQuestionKeys().stream()).collect(Collectors.toSet());
        List<BankEntry> published = bank.publishedEntries(quiz.getCourseId());
        Set<Long> checks = published.stream().filter(e -> checkKeys.contains(e.key())).map(BankEntry::questionId)
                .collect(Collectors.toSet());
        var rules = slotRules.toRules(slots.findByQuizIdOrderByPosition(quiz.getId()), lessonClaims);
        return QuizAssembler.assemble(rules, published, checks, random);
    }

    private AttemptSummary finish(long attemptId, SubmittedBy by) {
        AttemptSummary result = transaction.execute(status -> {
            AttemptEntity attempt = attempts.findForUpdate(attemptId).orElseThrow();
            if (attempt.getState() == AttemptState.SUBMITTED) {
                return summary(attempt);
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
                QuestionContent content = contents.get(aq.getQuestionVersionId());
                ResponseEntity r = saved.computeIfAbsent(aq.getPosition(), p -> responses.save(new ResponseEntity(attemptId, p, clock.instant())));
                Answer answer = read(r.getAnswer());
                Score score = scorer.score(content, answer);
                if (score.needsManualGrading() && !answer.isEmpty()) {
                    r.mark(null, null, true);
                } else {
                    double points = score.fraction() * aq.getPoints();
                    r.mark(score.fraction(), points, false);
                    total += points;
                }
                outcomes.add(new AttemptSubmitted.QuestionOutcome(aq.getQuestionId(), entries.get(aq.getQuestionId()).claimIds(),
                        r.isNeedsGrading() ? null : r.getFraction(), !answer.isEmpty()));
            }
            Instant now = clock.instant();
            attempt.submit(now, by, Math.round(total * 1e6) / 1e6);
            marks.write(attempt, questions.stream().map(aq -> {
                ResponseEntity r = saved.get(aq.getPosition());
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
            return summary(attempt);
        });
        return result;
    }

    private void expireMine(long quizId, UserId me) {
        attempts.findByQuizIdAndStudentIdOrderByAttemptNumber(quizId, me.value()).stream()
                .filter(a -> a.getState() == AttemptState.IN_PROGRESS && overdue(a))
                .forEach(a -> finish(a.getId(), SubmittedBy.EXPIRY));
    }

    private void expireIfOverdue(long attemptId) {
        AttemptEntity attempt = mineReadOnly(attemptId);
        if (attempt.getState() == AttemptState.IN_PROGRESS && overdue(attempt)) {
            finish(attemptId, SubmittedBy.EXPIRY);
        }
    }

    /** Past the deadline and the grace that lets in-flight saves land. */
    private boolean overdue(AttemptEntity a) {
        return !QuizRules.acceptsAnswers(a.getDeadline(), clock.instant());
    }

    /** The attempt if it may still change (deadline plus grace not passed), or null when it is over. */
    private AttemptEntity openForChange(long attemptId) {
        AttemptEntity attempt = mine(attemptId);
        return open(attempt.getState(), attempt.getDeadline()) ? attempt : null;
    }

    /** In progress, and not past its deadline and the grace that lets in-flight saves land. */
    private boolean open(AttemptState state, Instant deadline) {
        return state == AttemptState.IN_PROGRESS && QuizRules.acceptsAnswers(deadline, clock.instant());
    }

    private AttemptException closed(long attemptId) {
        AttemptEntity attempt = mineReadOnly(attemptId);
        if (attempt.getState() == AttemptState.IN_PROGRESS) {
            finish(attemptId, SubmittedBy.EXPIRY);
        }
        return new AttemptException(Reason.ALREADY_SUBMITTED,
                "This attempt is over and was submitted with the answers saved before its deadline.");
    }

    private ResponseEntity response(long attemptId, int position) {
        return responses.findById(new ResponseEntity.Key(attemptId, position))
                .orElseGet(() -> responses.save(new ResponseEntity(attemptId, position, clock.instant())));
    }

    private Optional<Long> openAttempt(long quizId, UserId me) {
        return attempts.findByQuizIdAndStudentIdOrderByAttemptNumber(quizId, me.value()).stream()
                .filter(a -> a.getState() == AttemptState.IN_PROGRESS).map(AttemptEntity::getId).findFirst();
    }

    private String whyNoNewAttempt(QuizEntity quiz, int used) {
        return quiz.rules().refusesStart(used, clock.instant()).map(refusal -> switch (refusal) {
            case NOT_YET_OPEN -> "This quiz opens on " + quiz.getOpenAt() + ".";
            case CLOSED -> "This quiz is closed.";
            case NO_ATTEMPTS_LEFT -> "You have used all " + quiz.getAttemptsAllowed() + " attempts.";
        }).orElse(null);
    }

    private QuizEntity quizForStudent(long quizId, UserId me) {
        QuizEntity quiz = quizzes.findById(quizId).orElseThrow(() -> new AccessDeniedException("no such quiz"));
        if (!access.mayTake(me, quizId)) {
            throw new AccessDeniedException("this quiz is not assigned to any of your classes");
        }
        return quiz;
    }

    private AttemptEntity mine(long attemptId) {
        AttemptEntity attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        if (!attempt.getStudentId().equals(currentUser.id().value())) {
            throw new AccessDeniedException("this attempt belongs to another student");
        }
        return attempt;
    }

    private AttemptEntity mineReadOnly(long attemptId) {
        return transaction.execute(status -> mine(attemptId));
    }

    /** Summaries of several attempts, with one query for which of them wait for a grade (not one per attempt). */
    private List<AttemptSummary> summaries(List<AttemptEntity> list) {
        List<Long> submitted = list.stream().filter(a -> a.getState() == AttemptState.SUBMITTED).map(AttemptEntity::getId).toList();
        Set<Long> awaiting = submitted.isEmpty() ? Set.of() : new java.util.HashSet<>(responses.findAwaitingGradingAmong(submitted));
        return list.stream().map(a -> StoredAttempts.summary(a, awaiting.contains(a.getId()))).toList();
    }

    private AttemptSummary summary(AttemptEntity a) {
        boolean awaiting = a.getState() == AttemptState.SUBMITTED
                && responses.findByAttemptIdOrderByPosition(a.getId()).stream().anyMatch(ResponseEntity::isNeedsGrading);
        return StoredAttempts.summary(a, awaiting);
    }

    private QuizInfo info(QuizEntity q) {
        return quizService.find(q.getId()).orElseThrow();
    }

    private static Answer read(String json) {
        return new Answer(StoredAttempts.readAnswer(json));
    }

}
