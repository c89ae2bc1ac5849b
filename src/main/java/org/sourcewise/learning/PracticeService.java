package org.sourcewise.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.UserId;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.learning.internal.DisplayOrder;
import org.sourcewise.learning.internal.PracticeRules;
import org.sourcewise.learning.internal.QuestionPresenter;
import org.sourcewise.learning.internal.ReviewStateEntity;
import org.sourcewise.learning.internal.ReviewStates;
import org.sourcewise.learning.internal.ShownQuestions;
import org.sourcewise.learning.internal.StudentScope;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaced practice of claims with FSRS (docs/practice.md). A claim is in practice once the student has
 * marked its lesson done or met it in a quiz; it is due when its review state's due date has come: a
 * whole number of days after its last review once it has graduated, or a minute or ten after it while
 * it is in a learning step (new, or missed), so that a claim answered wrongly comes back the same day.
 * Practice asks, for each due claim in due-date order, one of the published questions that link the
 * claim, rotating through them from one review to the next; the answer is marked on the server and
 * rated AGAIN (not fully right), GOOD (right) or EASY (right within {@link PracticeRules#EASY_WITHIN} of
 * the server showing the question), and the new state is stored.
 *
 * <p>Only claims of the courses of the student's classes are practised, and only claims that have at
 * least one question practice can mark (essays are left out).
 */
@Service
public class PracticeService {

    private final CourseService courses;
    private final QuestionBankService bank;
    private final StudentScope scope;
    private final ReviewStates reviews;
    private final ShownQuestions shown;
    private final QuestionPresenter presenter;
    private final CurrentUser currentUser;
    private final Clock clock;

    PracticeService(CourseService courses, QuestionBankService bank, StudentScope scope, ReviewStates reviews,
                    ShownQuestions shown, QuestionPresenter presenter, CurrentUser currentUser, Clock clock) {
        this.courses = courses;
        this.bank = bank;
        this.scope = scope;
        this.reviews = reviews;
        this.shown = shown;
        this.presenter = presenter;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many claims are due now. */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public int dueCount() {
        return plan(currentUser.id(), clock.instant()).due().size();
    }

    /** Claims due now, claims in practice, and when the next one falls due. */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public PracticeSummary summary() {
        Plan plan = plan(currentUser.id(), clock.instant());
        return new PracticeSummary(plan.due().size(), plan.practisable().size(), plan.nextDueAt());
    }

    /**
     * The question for the claim that has been due longest, or empty when nothing is due. The server
     * notes when it showed it, for the quick-answer rule.
     */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public Optional<PracticeQuestion> next() {
        UserId me = currentUser.id();
        Instant now = clock.instant();
        Plan plan = plan(me, now);
        if (plan.due().isEmpty()) {
            return Optional.empty();
        }
        ReviewStateEntity state = plan.due().getFirst();
        // every practisable claim has questions (plan keeps no other)
        List<BankEntry> questions = Objects.requireNonNull(plan.questions().get(state.getClaimId()));
        BankEntry entry = questions.get(Math.floorMod(state.getNextQuestion(), questions.size()));
        QuestionContent content = content(entry);
        long seed = DisplayOrder.seed(me.value(), entry.currentVersionId(), state.getReps() + 1L);
        shown.record(me, state.getClaimId(), new ShownQuestions.Shown(entry.questionId(), seed, now));
        // the stem and options are the course's words, marked with its language (one read by id per question shown)
        String language = courses.language(Objects.requireNonNull(plan.courseOfClaim().get(state.getClaimId())));
        return Optional.of(new PracticeQuestion(state.getClaimId(),
                presenter.present(entry.questionId(), entry.key(), content, seed), plan.due().size(), language));
    }

    /**
     * Marks the answer to a practice question of a due claim, rates the review and stores the claim's
     * new state; the next review of the claim will ask its next question.
     *
     * @throws AccessDeniedException when the claim is not in the caller's practice
     * @throws IllegalStateException when the claim is not due (already answered) or the question does
     *                               not test it
     */
    @RolesAllowed("STUDENT")
    @Transactional
    public PracticeResult answer(long claimId, long questionId, StudentAnswer answer) {
        UserId me = currentUser.id();
        Instant now = clock.instant();
        Plan plan = plan(me, now);
        ReviewStateEntity state = plan.practisable().get(claimId);
        if (state == null) {
            throw new AccessDeniedException("claim " + claimId + " is not in your practice");
        }
        if (state.getDueAt().isAfter(now)) {
            throw new IllegalStateException("claim " + claimId + " is not due for practice");
        }
        BankEntry entry = Objects.requireNonNull(plan.questions().get(claimId)).stream()
                .filter(q -> q.questionId() == questionId).findFirst()
                .orElseThrow(() -> new IllegalStateException("question " + questionId + " does not test claim " + claimId));
        Optional<ShownQuestions.Shown> seen = shown.find(me, claimId, now).filter(s -> s.questionId() == questionId);
        long seed = seen.map(ShownQuestions.Shown::seed)
                .orElseGet(() -> DisplayOrder.seed(me.value(), entry.currentVersionId(), state.getReps() + 1L));
        Duration elapsed = seen.map(s -> Duration.between(s.at(), now)).orElse(null);

        CheckResult check = presenter.check(content(entry), answer, seed);
        Rating rating = PracticeRules.practice(check.correct(), elapsed);
        ReviewStateEntity after = reviews.review(me, claimId, rating, now);
        after.advanceQuestion();
        shown.forget(me, claimId);

        ClaimInfo claim = Objects.requireNonNull(plan.claims().get(claimId));
        String lessonTitle = claim.lessonId() == null ? null
                : courses.lesson(claim.lessonId()).map(LessonInfo::title).orElse(null);
        return new PracticeResult(check, claim, lessonTitle, rating, after.getDueAt(), reviews.mastery(after, now),
                plan.due().size() - 1);
    }

    private QuestionContent content(BankEntry entry) {
        QuestionContent content = bank.versions(List.of(entry.currentVersionId())).get(entry.currentVersionId());
        if (content == null) {
            throw new IllegalStateException("question " + entry.key() + " has no content");
        }
        return content;
    }

    /**
     * The caller's practice now: the claims they can practise (in a course of their classes, with at
     * least one question to ask) with their states, the ones due in order, the questions per claim and
     * each claim's course.
     */
    private record Plan(Map<Long, ReviewStateEntity> practisable, List<ReviewStateEntity> due, @Nullable Instant nextDueAt,
                        Map<Long, ClaimInfo> claims, Map<Long, List<BankEntry>> questions, Map<Long, Long> courseOfClaim) {
    }

    private Plan plan(UserId me, Instant now) {
        List<ReviewStateEntity> states = reviews.all(me);
        if (states.isEmpty()) {
            return new Plan(Map.of(), List.of(), null, Map.of(), Map.of(), Map.of());
        }
        Map<Long, ClaimInfo> claims = new HashMap<>();
        Map<Long, List<BankEntry>> questions = new HashMap<>();
        Map<Long, Long> courseOfClaim = new HashMap<>();
        for (long courseId : scope.courseIds()) {
            courses.claims(courseId).forEach(c -> {
                claims.put(c.id(), c);
                courseOfClaim.put(c.id(), courseId);
            });
            for (BankEntry entry : bank.publishedEntries(courseId)) {
                if (QuestionPresenter.askable(entry.type())) {
                    entry.claimIds().forEach(claimId -> questions.computeIfAbsent(claimId, id -> new ArrayList<>()).add(entry));
                }
            }
        }
        questions.values().forEach(list -> list.sort(Comparator.comparingLong(BankEntry::questionId)));
        Map<Long, ReviewStateEntity> practisable = new HashMap<>();
        for (ReviewStateEntity s : states) {
            if (claims.containsKey(s.getClaimId()) && questions.containsKey(s.getClaimId())) {
                practisable.put(s.getClaimId(), s);
            }
        }
        List<ReviewStateEntity> due = practisable.values().stream().filter(s -> !s.getDueAt().isAfter(now))
                .sorted(Comparator.comparing(ReviewStateEntity::getDueAt).thenComparing(ReviewStateEntity::getClaimId))
                .toList();
        Instant nextDueAt = practisable.values().stream().map(ReviewStateEntity::getDueAt).filter(d -> d.isAfter(now))
                .min(Comparator.naturalOrder()).orElse(null);
        return new Plan(practisable, due, nextDueAt, claims, questions, courseOfClaim);
    }
}
