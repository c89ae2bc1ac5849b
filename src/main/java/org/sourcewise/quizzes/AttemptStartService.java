package org.sourcewise.quizzes;

import org.sourcewise.quizzes.rules.Accommodation;

import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.rules.QuizRules.StartRefusal;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.UserId;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.quizzes.AttemptException.Reason;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.QuizSlotEntity;
import org.sourcewise.quizzes.internal.QuizSlotRepository;
import org.sourcewise.quizzes.internal.SlotRules;
import org.sourcewise.quizzes.rules.Standing;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A student's start page of a quiz and the start of an attempt: the questions drawn and their order
 * frozen at start, the deadline set by the quiz's rules. Only for a quiz assigned to one of the
 * student's classes; an attempt left past its deadline is submitted first.
 */
@Service
public class AttemptStartService {

    private final QuizRepository quizzes;
    private final QuizSlotRepository slots;
    private final AttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final QuestionBankService bank;
    private final CourseService courses;
    private final SlotRules slotRules;
    private final QuizAccessPolicy access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AttemptSubmissionService submissions;
    private final StudentAttempts student;
    private final AccommodationService accommodations;
    private final Random random = new SecureRandom();

    AttemptStartService(QuizRepository quizzes, QuizSlotRepository slots, AttemptRepository attempts,
                        AttemptQuestionRepository attemptQuestions, QuestionBankService bank, CourseService courses,
                        SlotRules slotRules, QuizAccessPolicy access, CurrentUser currentUser, Clock clock,
                        TransactionTemplate transaction, AttemptSubmissionService submissions, StudentAttempts student,
                        AccommodationService accommodations) {
        this.quizzes = quizzes;
        this.slots = slots;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.bank = bank;
        this.courses = courses;
        this.slotRules = slotRules;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transaction = transaction;
        this.submissions = submissions;
        this.student = student;
        this.accommodations = accommodations;
    }

    /** The start page: rules, attempts used and left, grade so far, and whether a new attempt may start. */
    @RolesAllowed("STUDENT")
    public QuizStart startPage(long quizId) {
        UserId me = currentUser.id();
        submissions.expireMine(quizId, me);
        return transaction.execute(status -> {
            QuizEntity quiz = quizForStudent(quizId, me);
            Accommodation accommodation = accommodations.of(quizId, me.value());
            QuizRules rules = quiz.rules().accommodated(accommodation);
            List<AttemptEntity> mine = attempts.findByQuizIdAndStudentIdOrderByAttemptNumber(quizId, me.value());
            List<AttemptSummary> summaries = student.summaries(mine);
            Standing standing = Standing.of(rules, null, summaries, clock.instant());
            AttemptSummary open = standing.openAttempt();
            StartRefusal refusal = open != null ? null : rules.refusesStart(mine.size(), clock.instant()).orElse(null);
            String whyNot = refusal == null ? null : refused(refusal, quiz, rules, mine.size()).getMessage();
            return new QuizStart(student.info(quiz), mine.size(), standing.attemptsLeft(), open, summaries, standing,
                    open != null || refusal == null, whyNot, refusal, accommodation, rules, courses.language(quiz.getCourseId()));
        });
    }

    /**
     * Continues the caller's open attempt, or starts a new one when the rules allow. Two tabs starting
     * at once get the same attempt: the database allows one open attempt per student and quiz.
     */
    @RolesAllowed("STUDENT")
    public long startOrResume(long quizId) {
        UserId me = currentUser.id();
        submissions.expireMine(quizId, me);
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

    private long create(long quizId, UserId me) {
        QuizEntity quiz = quizForStudent(quizId, me);
        // the accommodation is read once, at start: the deadline stored on the attempt honours it
        QuizRules rules = quiz.rules().accommodated(accommodations.of(quizId, me.value()));
        long classId = access.classThrough(me, quizId).orElseThrow(() -> new AccessDeniedException("no longer assigned to you"));
        int used = attempts.findByQuizIdAndStudentIdOrderByAttemptNumber(quizId, me.value()).size();
        Optional<StartRefusal> refusal = rules.refusesStart(used, clock.instant());
        if (refusal.isPresent()) {
            throw refused(refusal.get(), quiz, rules, used);
        }
        List<QuizAssembler.Drawn> drawn = draw(quiz);
        if (quiz.isShuffleQuestions()) {
            drawn = new ArrayList<>(drawn);
            Collections.shuffle(drawn, random);
        }
        Instant now = clock.instant();
        Instant deadline = rules.deadline(now);
        double max = drawn.stream().mapToDouble(QuizAssembler.Drawn::points).sum();
        AttemptEntity attempt = attempts.saveAndFlush(new AttemptEntity(quizId, me.value(), classId, used + 1, now, deadline, max));
        Map<Long, BankEntry> entries = bank.entries(drawn.stream().map(QuizAssembler.Drawn::questionId).toList()).stream()
                .collect(Collectors.toMap(BankEntry::questionId, e -> e));
        Map<Long, QuestionContent> contents = bank.versions(entries.values().stream().map(BankEntry::currentVersionId).toList());
        Map<Integer, Long> slotIds = slots.findByQuizIdOrderByPosition(quizId).stream()
                .collect(Collectors.toMap(QuizSlotEntity::getPosition, QuizSlotEntity::getId));
        int position = 1;
        for (QuizAssembler.Drawn d : drawn) {
            BankEntry entry = Objects.requireNonNull(entries.get(d.questionId()));
            QuestionContent content = Objects.requireNonNull(contents.get(entry.currentVersionId()));
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

    private Optional<Long> openAttempt(long quizId, UserId me) {
        return attempts.findByQuizIdAndStudentIdOrderByAttemptNumber(quizId, me.value()).stream()
                .filter(a -> a.getState() == AttemptState.IN_PROGRESS).map(AttemptEntity::getId).findFirst();
    }

    /** Why no new attempt may start, in words; its message is the English. */
    private static AttemptException refused(StartRefusal refusal, QuizEntity quiz, QuizRules rules, int used) {
        Reason reason = used >= rules.attemptsAllowed() && rules.attemptsAllowed() > 0 ? Reason.NO_ATTEMPTS_LEFT : Reason.CLOSED;
        return switch (refusal) {
            case NOT_YET_OPEN -> new AttemptException(reason, "quizzes.start.opens-on", String.valueOf(quiz.getOpenAt()));
            case CLOSED -> new AttemptException(reason, "quizzes.start.closed");
            case NO_ATTEMPTS_LEFT -> new AttemptException(reason, "quizzes.start.no-attempts-left", rules.attemptsAllowed());
        };
    }

    private QuizEntity quizForStudent(long quizId, UserId me) {
        QuizEntity quiz = quizzes.findById(quizId).orElseThrow(() -> new AccessDeniedException("no such quiz"));
        if (!access.mayTake(me, quizId)) {
            throw new AccessDeniedException("this quiz is not assigned to any of your classes");
        }
        return quiz;
    }
}
