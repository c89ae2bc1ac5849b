package org.sourcewise.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.accounts.UserId;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.learning.PracticeService;
import org.sourcewise.learning.fsrs.FsrsParameters;
import org.sourcewise.learning.fsrs.Phase;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.AttemptSubmissionService;
import org.sourcewise.quizzes.AttemptSubmitted;
import org.sourcewise.quizzes.AttemptSubmitted.QuestionOutcome;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quizzes bring claims into practice (rule in docs/practice.md). Each test uses a new demo-class
 * student, so the claims it looks at have no review state before.
 */
@IntegrationTest
class AttemptSubmittedListenerTest {

    private static final java.util.concurrent.atomic.AtomicLong ATTEMPTS = new java.util.concurrent.atomic.AtomicLong(1_000_000);
    private static final double S0_AGAIN = FsrsParameters.DEFAULT_WEIGHTS.get(0);
    private static final double S0_GOOD = FsrsParameters.DEFAULT_WEIGHTS.get(2);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ReviewStateRepository states;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;
    @Autowired
    AttemptStartService attemptStarts;

    @Autowired
    AttemptSubmissionService attemptSubmissions;
    @Autowired
    AttemptQuestionRepository attemptQuestions;
    @Autowired
    PracticeService practice;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    String username;
    UserId student;
    long courseId;
    List<ClaimInfo> claims;

    @BeforeEach
    void setUp() {
        username = users.newDemoStudent();
        student = ((AccountPrincipal) userDetails.loadUserByUsername(username)).id();
        courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        claims = SystemTask.call(() -> courses.claims(courseId));
    }

    private long claim(int i) {
        return claims.get(i).id();
    }

    private AttemptSubmitted attempt(Instant at, QuestionOutcome... outcomes) {
        return new AttemptSubmitted(ATTEMPTS.incrementAndGet(), student, 1, courseId, at, List.of(outcomes));
    }

    private static QuestionOutcome outcome(Double fraction, boolean answered, long... claimIds) {
        Set<Long> ids = new HashSet<>();
        for (long id : claimIds) {
            ids.add(id);
        }
        return new QuestionOutcome(99, ids, fraction, answered);
    }

    /** Publishes as the submission does: inside its transaction, handled once it commits. */
    private void publish(AttemptSubmitted event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private ReviewStateEntity state(long claimId) {
        return states.findByUserIdAndClaimId(student.value(), claimId).orElseThrow();
    }

    @Test
    void a_right_answer_reviews_its_claims_good() {
        Instant at = clock.instant();
        publish(attempt(at, outcome(1.0, true, claim(0), claim(1))));

        for (long claimId : List.of(claim(0), claim(1))) {
            ReviewStateEntity s = state(claimId);
            assertThat(s.getReps()).isEqualTo(1);
            assertThat(s.getLapses()).isZero();
            assertThat(s.getStability()).isEqualTo(S0_GOOD);
            assertThat(s.getLastReviewAt()).isCloseTo(at, org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
            // a new claim is learning: right once, it is checked once more ten minutes later
            assertThat(s.getPhase()).isEqualTo(Phase.LEARNING);
            assertThat(s.getLearningStep()).isEqualTo(1);
            assertThat(Duration.between(s.getLastReviewAt(), s.getDueAt())).isEqualTo(Duration.ofMinutes(10));
        }
    }

    @Test
    void a_wrong_partly_right_or_blank_answer_reviews_its_claims_again_and_practice_offers_them_a_minute_later() {
        publish(attempt(clock.instant(), outcome(0.0, true, claim(2)), outcome(0.5, true, claim(3)),
                outcome(0.0, false, claim(4))));

        for (long claimId : List.of(claim(2), claim(3), claim(4))) {
            ReviewStateEntity s = state(claimId);
            assertThat(s.getReps()).isEqualTo(1);
            assertThat(s.getStability()).isEqualTo(S0_AGAIN);
            assertThat(s.getPhase()).isEqualTo(Phase.LEARNING);
            assertThat(s.getLearningStep()).isZero();
            assertThat(Duration.between(s.getLastReviewAt(), s.getDueAt())).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Test
    void an_answer_awaiting_a_teachers_grade_only_brings_its_claim_into_practice() {
        Instant at = clock.instant();
        publish(attempt(at, outcome(null, true, claim(5))));

        ReviewStateEntity s = state(claim(5));
        assertThat(s.getReps()).isZero();
        assertThat(s.getLastReviewAt()).isNull();
        // the database keeps microseconds, rounded
        assertThat(s.getDueAt()).isCloseTo(at, org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
    }

    @Test
    void a_claim_tested_twice_in_one_attempt_is_reviewed_once_and_again_wins() {
        publish(attempt(clock.instant(), outcome(1.0, true, claim(6)), outcome(0.0, true, claim(6), claim(7)),
                outcome(1.0, true, claim(7))));

        assertThat(state(claim(6)).getReps()).isEqualTo(1);
        assertThat(state(claim(6)).getStability()).isEqualTo(S0_AGAIN);
        assertThat(state(claim(7)).getStability()).isEqualTo(S0_AGAIN);
    }

    @Test
    void the_same_submission_handed_over_twice_is_applied_once() {
        AttemptSubmitted once = attempt(clock.instant(), outcome(1.0, true, claim(9)));
        publish(once);
        publish(once);

        assertThat(state(claim(9)).getReps()).isEqualTo(1);
    }

    @Test
    void submissions_of_one_student_handled_at_the_same_moment_each_review_the_claim() throws Exception {
        int submissions = 4;
        Instant at = clock.instant();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(submissions);
        List<java.util.concurrent.CompletableFuture<Void>> running = new java.util.ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            AttemptSubmitted event = attempt(at, outcome(0.0, true, claim(10), claim(11)));
            running.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                publish(event);
            }));
        }
        java.util.concurrent.CompletableFuture.allOf(running.toArray(new java.util.concurrent.CompletableFuture[0]))
                .get(60, java.util.concurrent.TimeUnit.SECONDS);

        // once the key was taken or the version moved on, the losers were done again on top: no review lost
        assertThat(state(claim(10)).getReps()).isEqualTo(submissions);
        assertThat(state(claim(11)).getReps()).isEqualTo(submissions);
    }

    @Test
    void a_submission_whose_transaction_rolls_back_changes_no_practice() {
        transaction.executeWithoutResult(status -> {
            events.publishEvent(attempt(clock.instant(), outcome(1.0, true, claim(8))));
            status.setRollbackOnly();
        });
        assertThat(states.findByUserIdAndClaimId(student.value(), claim(8))).isEmpty();

        transaction.executeWithoutResult(status -> events.publishEvent(attempt(clock.instant(), outcome(1.0, true, claim(8)))));
        assertThat(state(claim(8)).getReps()).isEqualTo(1);
    }

    @Test
    void submitting_a_real_attempt_left_blank_puts_every_tested_claim_into_practice_rated_again() {
        long quiz = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-1").orElseThrow().id());
        long attemptId = users.as(username, () -> attemptStarts.startOrResume(quiz));
        Set<Long> tested = new HashSet<>();
        for (AttemptQuestionEntity aq : attemptQuestions.findByAttemptIdOrderByPosition(attemptId)) {
            tested.addAll(SystemTask.call(() -> bank.entries(List.of(aq.getQuestionId()))).getFirst().claimIds());
        }

        users.as(username, () -> attemptSubmissions.submit(attemptId));

        assertThat(tested).isNotEmpty();
        assertThat(states.findByUserIdAndClaimIdIn(student.value(), tested)).hasSize(tested.size())
                .allSatisfy(s -> {
                    assertThat(s.getReps()).isEqualTo(1);
                    assertThat(s.getStability()).isEqualTo(S0_AGAIN);
                });
        assertThat(users.as(username, () -> practice.summary().inPractice())).isEqualTo(tested.size());
    }
}
