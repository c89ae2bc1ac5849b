package org.sourcewise.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.learning.fsrs.FsrsParameters;
import org.sourcewise.learning.fsrs.Phase;
import org.sourcewise.quizzes.AttemptReviewService;
import org.sourcewise.quizzes.EssayAttempts;
import org.sourcewise.quizzes.GradingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Hand grades update claim mastery (docs/practice.md, "Hand grades"). The essay attempt: q1 (claim
 * c01) answered right, so c01 was reviewed Good at submission; the essay (claim c02) waited for its
 * grade, so c02 was only brought into practice. Two days pass before the teacher grades.
 */
@IntegrationTest
class QuestionGradedListenerTest {

    private static final double S0_AGAIN = FsrsParameters.DEFAULT_WEIGHTS.get(0);
    private static final double S0_GOOD = FsrsParameters.DEFAULT_WEIGHTS.get(2);

    @Autowired
    EssayAttempts essays;
    @Autowired
    GradingService grading;
    @Autowired
    AttemptReviewService attemptReviews;
    @Autowired
    ReviewStateRepository states;
    @Autowired
    CourseService courses;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MutableClock clock;

    EssayAttempts.EssayAttempt made;
    long studentId;
    Instant submittedAt;

    @BeforeEach
    void setUp() {
        made = essays.create();
        studentId = ((AccountPrincipal) userDetails.loadUserByUsername(made.student())).id().value();
        submittedAt = users.as(made.student(), () -> attemptReviews.review(made.attemptId())).attempt().submittedAt();
        clock.advance(Duration.ofDays(2));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The student's review states by claim key (c01, c02). */
    private Map<String, ReviewStateEntity> states() {
        var rows = states.findByUserId(studentId);
        Map<Long, String> keys = SystemTask.call(() -> courses.claimsByIds(rows.stream().map(ReviewStateEntity::getClaimId).toList()))
                .stream().collect(Collectors.toMap(ClaimInfo::id, ClaimInfo::key));
        return rows.stream().collect(Collectors.toMap(r -> keys.get(r.getClaimId()), Function.identity()));
    }

    private int q1() {
        return made.essayPosition() == 1 ? 2 : 1;
    }

    @Test
    void before_grading_the_essays_claim_is_in_practice_but_not_reviewed() {
        assertThat(states().get("c02").getReps()).isZero();
        assertThat(states().get("c02").getLastReviewAt()).isNull();
        assertThat(states().get("c01").getReps()).isEqualTo(1);
    }

    @Test
    void an_essay_graded_full_marks_reviews_its_claim_good_dated_when_the_student_answered() {
        users.as(made.instructor(), () -> grading.gradeEssay(made.attemptId(), made.essayPosition(), 5, null));

        ReviewStateEntity c02 = states().get("c02");
        assertThat(c02.getReps()).isEqualTo(1);
        assertThat(c02.getStability()).isEqualTo(S0_GOOD);
        assertThat(c02.getLastReviewAt()).isCloseTo(submittedAt, within(1, ChronoUnit.MILLIS));
        // the other question's claim is untouched
        assertThat(states().get("c01").getReps()).isEqualTo(1);
    }

    @Test
    void an_essay_graded_below_full_marks_reviews_its_claim_again() {
        users.as(made.instructor(), () -> grading.gradeEssay(made.attemptId(), made.essayPosition(), 3, "Half the argument."));

        ReviewStateEntity c02 = states().get("c02");
        assertThat(c02.getReps()).isEqualTo(1);
        assertThat(c02.getStability()).isEqualTo(S0_AGAIN);
        assertThat(c02.getLastReviewAt()).isCloseTo(submittedAt, within(1, ChronoUnit.MILLIS));
    }

    @Test
    void a_new_grade_that_does_not_change_the_rating_adds_no_review() {
        users.as(made.instructor(), () -> grading.gradeEssay(made.attemptId(), made.essayPosition(), 2, null));
        users.as(made.instructor(), () -> grading.overrideQuestion(made.attemptId(), made.essayPosition(), 3, "Second marker.", null));

        assertThat(states().get("c02").getReps()).isEqualTo(1);
        assertThat(states().get("c02").getStability()).isEqualTo(S0_AGAIN);
    }

    @Test
    void overriding_a_right_automatic_mark_to_zero_reviews_again_at_grading_time_as_the_claim_was_reviewed_at_submission() {
        Instant gradedAt = clock.instant();
        users.as(made.instructor(), () -> grading.overrideQuestion(made.attemptId(), q1(), 0, "Copied from a neighbour.", null));

        ReviewStateEntity c01 = states().get("c01");
        assertThat(c01.getReps()).isEqualTo(2);
        assertThat(c01.getLastReviewAt()).isCloseTo(gradedAt, within(5, ChronoUnit.SECONDS));
        // the quiz's Good left the claim in its learning steps (it never came back to practice): Again sends
        // it back to the first step, a minute after the grade, and is no lapse of something learnt
        assertThat(c01.getPhase()).isEqualTo(Phase.LEARNING);
        assertThat(c01.getLapses()).isZero();
        assertThat(c01.getDueAt()).isCloseTo(gradedAt.plus(Duration.ofMinutes(1)), within(5, ChronoUnit.SECONDS));
    }

    @Test
    void an_override_of_the_whole_attempts_score_changes_no_claim() {
        var before = states();
        users.as("admin", () -> grading.overrideAttempt(made.attemptId(), 6, "Extra credit."));

        var after = states();
        assertThat(after.get("c01").getReps()).isEqualTo(before.get("c01").getReps());
        assertThat(after.get("c02").getReps()).isZero();
    }
}
