package org.sourcewise.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.internal.CourseImporter;
import org.sourcewise.learning.fsrs.Phase;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.learning.internal.ReviewStateEntity;
import org.sourcewise.learning.internal.ReviewStateRepository;
import org.sourcewise.learning.internal.ReviewStates;
import org.sourcewise.learning.internal.ShownQuestions;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.AttemptSubmissionService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Practice on the demo data, each test as a new student of the demo class with lesson l1 done. Time is
 * moved by rewriting a claim's review dates, as if its reviews had happened earlier (a claim is put
 * first in line by moving its due date before every other), or by moving the test clock on.
 */
@IntegrationTest
class PracticeServiceTest {

    private static final AtomicInteger LINE = new AtomicInteger();

    @Autowired
    PracticeService practice;
    @Autowired
    LessonService lessons;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    ReviewStateRepository states;
    @Autowired
    ReviewStates reviews;
    @Autowired
    ShownQuestions shown;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CourseImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    QuizService quizzes;
    @Autowired
    AttemptStartService attemptStarts;
    @Autowired
    AttemptSubmissionService attemptSubmissions;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;

    Course course;

    @BeforeEach
    void setUp() {
        course = new Course(courses, bank);
        Learners.actAsNewStudent(users, userDetails);
        lessons.markDone(course.lesson("l1").id());
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private ReviewStateEntity state(long claimId) {
        return states.findByUserIdAndClaimId(currentUser.id().value(), claimId).orElseThrow();
    }

    /** Makes the claim due before every other: its last review {@code ago} earlier, due long ago. */
    private void putFirst(long claimId, Duration ago) {
        ReviewStateEntity s = state(claimId);
        Instant now = clock.instant();
        Timestamp lastReview = s.getLastReviewAt() == null ? null : Timestamp.from(now.minus(ago));
        jdbc.update("update review_state set due_at = ?, last_review_at = ? where user_id = ? and claim_id = ?",
                Timestamp.from(Instant.parse("2000-01-01T00:00:00Z").minus(Duration.ofDays(LINE.incrementAndGet()))), lastReview, currentUser.id().value(), claimId);
    }

    /** Answers the next question, which must be about {@code claim}, right and slowly (GOOD) or quickly. */
    private PracticeResult answerRight(ClaimInfo claim, boolean quickly) {
        PracticeQuestion q = practice.next().orElseThrow();
        assertThat(q.claimId()).isEqualTo(claim.id());
        if (!quickly) {
            var seen = shown.find(currentUser.id(), claim.id(), clock.instant()).orElseThrow();
            shown.record(currentUser.id(), claim.id(), new ShownQuestions.Shown(seen.questionId(), seen.seed(),
                    seen.at().minusSeconds(30)));
        }
        return practice.answer(claim.id(), q.question().questionId(),
                Answers.right(q.question(), course.key(q.question().questionId())));
    }

    private static long intervalDays(ReviewStateEntity s) {
        return Duration.between(s.getLastReviewAt(), s.getDueAt()).toDays();
    }

    @Test
    void the_claim_due_longest_is_asked_with_a_published_question_that_tests_it() {
        ClaimInfo c02 = course.claim("c02");
        putFirst(c02.id(), Duration.ZERO);

        PracticeQuestion q = practice.next().orElseThrow();

        assertThat(q.claimId()).isEqualTo(c02.id());
        assertThat(course.entry(q.question().questionId()).claimIds()).contains(c02.id());
        assertThat(q.dueCount()).isEqualTo(practice.dueCount()).isPositive();
        assertThat(q.question().toString()).doesNotContain(course.key(q.question().questionId()).explanation());
    }

    @Test
    void a_new_claim_right_twice_ten_minutes_apart_graduates_and_then_goes_further_out_each_time() {
        ClaimInfo c04 = course.claim("c04");
        putFirst(c04.id(), Duration.ZERO);

        PracticeResult first = answerRight(c04, false);
        assertThat(first.rating()).isEqualTo(Rating.GOOD);
        assertThat(first.check().correct()).isTrue();
        // learning: checked once more at the second step, ten minutes later
        assertThat(state(c04.id()).getPhase()).isEqualTo(Phase.LEARNING);
        assertThat(Duration.between(state(c04.id()).getLastReviewAt(), state(c04.id()).getDueAt())).isEqualTo(Duration.ofMinutes(10));

        putFirst(c04.id(), Duration.ofMinutes(10));
        answerRight(c04, false);
        assertThat(state(c04.id()).getPhase()).isEqualTo(Phase.REVIEW);
        assertThat(intervalDays(state(c04.id()))).isEqualTo(2);

        putFirst(c04.id(), Duration.ofDays(2));
        PracticeResult third = answerRight(c04, false);

        // py-fsrs's interval history for Good, Good, Good: 0 (ten minutes), 2 and 11 days
        assertThat(third.rating()).isEqualTo(Rating.GOOD);
        assertThat(intervalDays(state(c04.id()))).isEqualTo(11);
        assertThat(state(c04.id()).getReps()).isEqualTo(3);
        assertThat(third.nextDueAt()).isAfter(clock.instant().plus(Duration.ofDays(10)));
    }

    @Test
    void a_quick_right_answer_rates_easy() {
        ClaimInfo c06 = course.claim("c06");
        putFirst(c06.id(), Duration.ZERO);

        PracticeResult result = answerRight(c06, true);

        assertThat(result.rating()).isEqualTo(Rating.EASY);
        assertThat(intervalDays(state(c06.id()))).isEqualTo(8);
        assertThat(result.mastery()).hasToString("MASTERED");
    }

    @Test
    void a_wrong_answer_on_a_learnt_claim_rates_again_counts_a_lapse_and_brings_it_back_ten_minutes_later() {
        ClaimInfo c07 = course.claim("c07");
        putFirst(c07.id(), Duration.ZERO);
        answerRight(c07, true);
        assertThat(state(c07.id()).getPhase()).isEqualTo(Phase.REVIEW);
        putFirst(c07.id(), Duration.ofDays(8));

        PracticeQuestion q = practice.next().orElseThrow();
        assertThat(q.claimId()).isEqualTo(c07.id());
        PracticeResult result = practice.answer(c07.id(), q.question().questionId(),
                Answers.wrong(q.question(), course.key(q.question().questionId())));

        assertThat(result.rating()).isEqualTo(Rating.AGAIN);
        assertThat(result.check().correct()).isFalse();
        assertThat(result.check().explanation()).isNotBlank();
        assertThat(result.claim().id()).isEqualTo(c07.id());
        assertThat(result.claim().keyPhrase()).isNotBlank();
        ReviewStateEntity after = state(c07.id());
        assertThat(after.getLapses()).isEqualTo(1);
        assertThat(after.getReps()).isEqualTo(2);
        assertThat(after.getPhase()).isEqualTo(Phase.RELEARNING);
        assertThat(result.nextDueAt()).isCloseTo(after.getDueAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(Duration.between(after.getLastReviewAt(), after.getDueAt())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void i_dont_know_rates_again_and_the_claim_comes_back_a_minute_later() {
        ClaimInfo c08 = course.claim("c08");
        putFirst(c08.id(), Duration.ZERO);
        PracticeQuestion q = practice.next().orElseThrow();
        assertThat(q.claimId()).isEqualTo(c08.id());

        PracticeResult result = practice.answer(c08.id(), q.question().questionId(), StudentAnswer.none());

        assertThat(result.rating()).isEqualTo(Rating.AGAIN);
        assertThat(result.check().answered()).isFalse();
        ReviewStateEntity after = state(c08.id());
        assertThat(after.getReps()).isEqualTo(1);
        assertThat(after.getLapses()).isZero();
        assertThat(Duration.between(after.getLastReviewAt(), after.getDueAt())).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void claims_missed_in_a_quiz_are_offered_again_within_minutes_and_graduate_after_two_right_answers() {
        // nothing else due, so that practice can only offer what the quiz brought
        jdbc.update("update review_state set due_at = ? where user_id = ?", Timestamp.from(clock.instant().plus(Duration.ofDays(30))),
                currentUser.id().value());
        long quiz = SystemTask.call(() -> quizzes.find(course.firstCourseId(), "checkpoint-1").orElseThrow().id());
        long attemptId = attemptStarts.startOrResume(quiz);
        attemptSubmissions.submit(attemptId);
        Instant submitted = clock.instant();

        // left blank: every tested claim was rated Again and waits its first learning step
        assertThat(practice.next()).isEmpty();
        PracticeSummary waiting = practice.summary();
        assertThat(waiting.dueNow()).isZero();
        assertThat(waiting.nextDueAt()).isBetween(submitted, submitted.plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        PracticeQuestion q = practice.next().orElseThrow();
        ClaimInfo missed = course.claimById(q.claimId());
        assertThat(state(missed.id()).getPhase()).isEqualTo(Phase.LEARNING);
        PracticeResult first = answerRight(missed, false);
        assertThat(first.nextDueAt()).isBetween(clock.instant().plus(Duration.ofMinutes(9)), clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(practice.next().map(PracticeQuestion::claimId)).isNotEqualTo(java.util.Optional.of(missed.id()));

        clock.advance(Duration.ofMinutes(10));
        putFirst(missed.id(), Duration.ofMinutes(10));
        PracticeResult second = answerRight(missed, false);
        assertThat(state(missed.id()).getPhase()).isEqualTo(Phase.REVIEW);
        // graduated: a whole number of days, at least one
        assertThat(second.nextDueAt()).isAfter(clock.instant().plus(Duration.ofHours(23)));
    }

    @Test
    void each_review_of_a_claim_asks_the_next_of_its_questions_in_turn() {
        ClaimInfo c03 = course.claim("c03");
        List<Long> rotation = course.questionsOf(c03.id()).stream().map(BankEntry::questionId).toList();
        assertThat(rotation).hasSizeGreaterThanOrEqualTo(3);
        int start = state(c03.id()).getNextQuestion();

        List<Long> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            putFirst(c03.id(), Duration.ofDays(30));
            PracticeQuestion q = practice.next().orElseThrow();
            assertThat(q.claimId()).isEqualTo(c03.id());
            asked.add(q.question().questionId());
            practice.answer(c03.id(), q.question().questionId(), StudentAnswer.none());
        }

        assertThat(asked).containsExactly(rotation.get(start % rotation.size()), rotation.get((start + 1) % rotation.size()),
                rotation.get((start + 2) % rotation.size()));
        assertThat(state(c03.id()).getNextQuestion()).isEqualTo(start + 3);
    }

    @Test
    void a_claim_that_is_not_due_cannot_be_answered_again() {
        ClaimInfo c09 = course.claim("c09");
        putFirst(c09.id(), Duration.ZERO);
        PracticeQuestion q = practice.next().orElseThrow();
        assertThat(q.claimId()).isEqualTo(c09.id());
        StudentAnswer answer = Answers.right(q.question(), course.key(q.question().questionId()));
        practice.answer(c09.id(), q.question().questionId(), answer);
        ReviewStateEntity once = state(c09.id());

        assertThatThrownBy(() -> practice.answer(c09.id(), q.question().questionId(), answer))
                .isInstanceOf(IllegalStateException.class);
        assertThat(state(c09.id()).getReps()).isEqualTo(once.getReps());
    }

    @Test
    void a_question_that_does_not_test_the_claim_is_refused() {
        ClaimInfo c01 = course.claim("c01");
        putFirst(c01.id(), Duration.ZERO);
        long other = course.questionsOf(course.claim("c40").id()).getFirst().questionId();

        assertThatThrownBy(() -> practice.answer(c01.id(), other, StudentAnswer.choice(0)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(state(c01.id()).getReps()).isZero();
    }

    @Test
    void claims_outside_the_students_courses_are_not_practised() {
        SystemTask.run(() -> importer.importAll(Course.SAMPLE_PATTERN));
        long sampleCourse = course.id("sample-course");
        ClaimInfo foreign = SystemTask.call(() -> courses.claims(sampleCourse).getFirst());
        reviews.bringIntoPractice(currentUser.id(), List.of(foreign.id()), clock.instant().minus(Duration.ofDays(3650)));
        long question = SystemTask.call(() -> bank.publishedEntries(sampleCourse)).stream()
                .filter(e -> e.claimIds().contains(foreign.id())).findFirst().orElseThrow().questionId();

        assertThat(practice.next()).get().extracting(PracticeQuestion::claimId).isNotEqualTo(foreign.id());
        assertThatThrownBy(() -> practice.answer(foreign.id(), question, StudentAnswer.choice(0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(practice.summary().inPractice()).isEqualTo(course.lesson("l1").claims().size());
    }

    @Test
    void with_every_claim_answered_nothing_is_due_and_the_summary_says_when_the_next_is() {
        for (int i = 0; i < 100 && practice.dueCount() > 0; i++) {
            PracticeQuestion q = practice.next().orElseThrow();
            practice.answer(q.claimId(), q.question().questionId(), StudentAnswer.none());
        }

        assertThat(practice.dueCount()).isZero();
        assertThat(practice.next()).isEmpty();
        PracticeSummary summary = practice.summary();
        assertThat(summary.dueNow()).isZero();
        assertThat(summary.inPractice()).isEqualTo(9);
        assertThat(summary.nextDueAt()).isAfter(clock.instant());
    }
}
