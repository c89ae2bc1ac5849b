package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AttemptLifecycleTest {

    @Autowired
    AnswerService attemptAnswers;

    @Autowired
    AttemptReviewService attemptReviews;

    @Autowired
    AttemptStartService attemptStarts;

    @Autowired
    AttemptSubmissionService attemptSubmissions;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    AttemptQuestionRepository attemptQuestions;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    String student;
    long checkpoint1;

    @BeforeEach
    void setUp() {
        student = users.newDemoStudent();
        checkpoint1 = SystemTask.call(() -> {
            long courseId = courses.findCourse("russia-north-korea-2017").orElseThrow().id();
            return quizzes.find(courseId, "checkpoint-1").orElseThrow().id();
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private <T> T asStudent(java.util.concurrent.Callable<T> work) {
        return users.as(student, work);
    }

    /** Display values that answer the question at this position fully right, worked out from its key. */
    private List<String> rightAnswer(long attemptId, int position) {
        var aq = attemptQuestions.findById(new org.sourcewise.quizzes.internal.AttemptQuestionEntity.Key(attemptId, position)).orElseThrow();
        QuestionContent content = SystemTask.call(() -> bank.versions(List.of(aq.getQuestionVersionId()))).get(aq.getQuestionVersionId());
        List<Integer> order = aq.optionOrder();
        return switch (content.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                int authored = java.util.stream.IntStream.range(0, content.options().size())
                        .filter(i -> content.options().get(i).weight() >= 1.0).findFirst().orElseThrow();
                yield content.type() == QuestionType.TRUE_FALSE ? List.of(String.valueOf(authored == 0))
                        : List.of(String.valueOf(order == null ? authored : order.indexOf(authored)));
            }
            case MULTIPLE_RESPONSE -> java.util.stream.IntStream.range(0, content.options().size())
                    .filter(i -> content.options().get(i).weight() > 0)
                    .mapToObj(i -> String.valueOf(order == null ? i : order.indexOf(i))).toList();
            case SHORT_ANSWER -> List.of(content.options().getFirst().text());
            case NUMERIC -> List.of(String.valueOf(content.options().stream().filter(o -> o.weight() >= 1).findFirst().orElseThrow().value()));
            case ORDERING -> java.util.stream.IntStream.range(0, content.options().size())
                    .mapToObj(i -> String.valueOf(order.indexOf(i))).toList();
            case MATCHING -> content.options().stream().filter(o -> o.text() != null).map(o -> o.match()).toList();
            case CLOZE -> java.util.stream.IntStream.rangeClosed(1, content.blankCount())
                    .mapToObj(b -> content.options().stream().filter(o -> Integer.valueOf(b).equals(o.blank()) && o.weight() >= 1)
                            .findFirst().orElseThrow().text()).toList();
            case ESSAY -> List.of("An essay.");
        };
    }

    @Test
    void starting_twice_continues_the_same_attempt_with_the_same_questions_in_the_same_order() {
        long first = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        AttemptSheet sheet = asStudent(() -> attemptAnswers.sheet(first));

        long again = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        AttemptSheet reopened = asStudent(() -> attemptAnswers.sheet(again));

        assertThat(again).isEqualTo(first);
        assertThat(sheet.questions()).hasSize(10);
        assertThat(reopened.questions()).isEqualTo(sheet.questions());
        assertThat(sheet.state()).isEqualTo(AttemptState.IN_PROGRESS);
        assertThat(sheet.timeLeft()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void two_tabs_starting_at_once_get_one_attempt() {
        var a = CompletableFuture.supplyAsync(() -> asStudent(() -> attemptStarts.startOrResume(checkpoint1)));
        var b = CompletableFuture.supplyAsync(() -> asStudent(() -> attemptStarts.startOrResume(checkpoint1)));

        assertThat(a.join()).isEqualTo(b.join());
        assertThat(asStudent(() -> attemptStarts.startPage(checkpoint1)).attemptsUsed()).isEqualTo(1);
    }

    @Test
    void saved_answers_flags_and_position_survive_a_reload() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        List<String> answer1 = rightAnswer(id, 1);
        List<String> answer2 = rightAnswer(id, 2);
        users.run(student, () -> {
            attemptAnswers.saveAnswer(id, 1, answer1);
            attemptAnswers.saveAnswer(id, 2, answer2);
            attemptAnswers.setFlag(id, 2, true);
            attemptAnswers.moveTo(id, 3);
        });

        AttemptSheet reloaded = asStudent(() -> attemptAnswers.sheet(id));

        assertThat(reloaded.responses().get(1).values()).isEqualTo(answer1);
        assertThat(reloaded.responses().get(2).values()).isEqualTo(answer2);
        assertThat(reloaded.responses().get(2).flagged()).isTrue();
        assertThat(reloaded.responses().get(1).flagged()).isFalse();
        assertThat(reloaded.currentPosition()).isEqualTo(3);
    }

    @Test
    void submitting_twice_records_one_submission_with_the_saved_answers_marked() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        List<String> right = rightAnswer(id, 1);
        users.run(student, () -> attemptAnswers.saveAnswer(id, 1, right));

        AttemptSummary first = asStudent(() -> attemptSubmissions.submit(id));
        clock.advance(Duration.ofMinutes(1));
        AttemptSummary second = asStudent(() -> attemptSubmissions.submit(id));

        assertThat(first.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(second.submittedAt()).isCloseTo(first.submittedAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(first.score()).isEqualTo(1.0);
        assertThat(first.maxScore()).isEqualTo(10.0);
        assertThat(first.submittedOnExpiry()).isFalse();
        assertThatThrownBy(() -> users.run(student, () -> attemptAnswers.saveAnswer(id, 2, List.of("0"))))
                .isInstanceOf(AttemptException.class);
    }

    @Test
    void the_attempt_limit_holds() {
        for (int i = 0; i < 2; i++) {
            long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
            users.run(student, () -> attemptSubmissions.submit(id));
        }
        QuizStart page = asStudent(() -> attemptStarts.startPage(checkpoint1));

        assertThat(page.canStart()).isFalse();
        assertThat(page.attemptsLeft()).isZero();
        assertThat(page.whyNot()).contains("all 2 attempts");
        assertThatThrownBy(() -> asStudent(() -> attemptStarts.startOrResume(checkpoint1)))
                .isInstanceOfSatisfying(AttemptException.class, e -> assertThat(e.reason()).isEqualTo(AttemptException.Reason.NO_ATTEMPTS_LEFT));
    }

    @Test
    void expired_attempts_are_submitted_with_saved_answers_by_the_scheduled_job() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        List<String> right = rightAnswer(id, 1);
        users.run(student, () -> attemptAnswers.saveAnswer(id, 1, right));

        clock.advance(Duration.ofMinutes(15).plus(org.sourcewise.quizzes.rules.QuizRules.GRACE).plusSeconds(1));
        int submitted = SystemTask.call(attemptSubmissions::submitExpired);

        assertThat(submitted).isGreaterThanOrEqualTo(1);
        AttemptSummary summary = asStudent(() -> attemptReviews.myAttempts()).get(checkpoint1).getFirst();
        assertThat(summary.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(summary.submittedOnExpiry()).isTrue();
        assertThat(summary.score()).isEqualTo(1.0);
    }

    @Test
    void a_save_in_flight_at_the_deadline_is_accepted_within_the_grace_and_refused_after_it() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        clock.advance(Duration.ofMinutes(15).plusSeconds(5));
        List<String> right = rightAnswer(id, 1);
        users.run(student, () -> attemptAnswers.saveAnswer(id, 1, right));

        clock.advance(org.sourcewise.quizzes.rules.QuizRules.GRACE);
        assertThatThrownBy(() -> users.run(student, () -> attemptAnswers.saveAnswer(id, 2, List.of("0"))))
                .isInstanceOf(AttemptException.class).hasMessageContaining("submitted");

        AttemptSummary summary = asStudent(() -> attemptReviews.myAttempts()).get(checkpoint1).getFirst();
        assertThat(summary.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(summary.score()).isEqualTo(1.0);
    }

    @Test
    void the_page_running_out_of_time_submits_only_when_the_server_agrees() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));

        assertThat(asStudent(() -> attemptSubmissions.timeUp(id)).state()).isEqualTo(AttemptState.IN_PROGRESS);
        clock.advance(Duration.ofMinutes(15));
        assertThat(asStudent(() -> attemptSubmissions.timeUp(id)).state()).isEqualTo(AttemptState.SUBMITTED);
    }

    @Test
    void another_student_can_neither_read_nor_change_my_attempt() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        String other = users.newDemoStudent();

        assertThatThrownBy(() -> users.as(other, () -> attemptAnswers.sheet(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(other, () -> attemptAnswers.saveAnswer(id, 1, List.of("0")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(other, () -> attemptAnswers.moveTo(id, 3))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(other, () -> attemptAnswers.setFlag(id, 1, true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(other, () -> attemptSubmissions.submit(id))).isInstanceOf(AccessDeniedException.class);
        AttemptSheet untouched = asStudent(() -> attemptAnswers.sheet(id));
        assertThat(untouched.currentPosition()).isEqualTo(1);
        assertThat(untouched.responses()).isEmpty();
        users.run(student, () -> attemptSubmissions.submit(id));
        assertThatThrownBy(() -> users.as(other, () -> attemptReviews.review(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_cannot_take_quizzes() {
        assertThatThrownBy(() -> users.as("instructor", () -> attemptStarts.startOrResume(checkpoint1))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_review_after_submission_shows_key_explanation_and_the_claims_tested() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        assertThatThrownBy(() -> asStudent(() -> attemptReviews.review(id))).isInstanceOf(AttemptException.class);
        List<String> right = rightAnswer(id, 1);
        users.run(student, () -> {
            attemptAnswers.saveAnswer(id, 1, right);
            attemptSubmissions.submit(id);
        });

        AttemptReview review = asStudent(() -> attemptReviews.review(id));

        assertThat(review.detailsShown()).isTrue();
        assertThat(review.passed()).isFalse();
        assertThat(review.items()).hasSize(10);
        assertThat(review.items().getFirst()).satisfies(item -> {
            assertThat(item.score()).isEqualTo(1.0);
            assertThat(item.answered()).isTrue();
            assertThat(item.correctAnswer()).isNotBlank();
            assertThat(item.explanation()).isNotBlank();
            assertThat(item.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.keyPhrase()).isNotBlank());
        });
        assertThat(review.items().get(1).answered()).isFalse();
        assertThat(review.items().get(1).score()).isZero();
    }

    @Test
    void a_save_from_a_window_that_is_behind_is_refused_and_returns_the_stored_answer() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        int pos = asStudent(() -> attemptAnswers.sheet(id)).questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow().position();
        List<String> right = rightAnswer(id, pos);
        List<String> other = List.of(right.getFirst().equals("0") ? "1" : "0");
        int seen = 0;

        SavedAnswer fromB = asStudent(() -> attemptAnswers.saveAnswer(id, pos, right, seen));
        SavedAnswer fromA = asStudent(() -> attemptAnswers.saveAnswer(id, pos, other, seen));

        assertThat(fromB.changedElsewhere()).isFalse();
        assertThat(fromB.stored().version()).isEqualTo(seen + 1);
        assertThat(fromA.changedElsewhere()).isTrue();
        assertThat(fromA.stored().values()).isEqualTo(right);
        assertThat(fromA.stored().version()).isEqualTo(seen + 1);
        assertThat(asStudent(() -> attemptAnswers.sheet(id)).responses().get(pos).values()).isEqualTo(right);

        // having seen the stored answer, window A may replace it: last write wins, knowingly
        SavedAnswer again = asStudent(() -> attemptAnswers.saveAnswer(id, pos, other, fromA.stored().version()));
        assertThat(again.changedElsewhere()).isFalse();
        assertThat(asStudent(() -> attemptAnswers.sheet(id)).responses().get(pos).values()).isEqualTo(other);
        assertThat(asStudent(() -> attemptAnswers.changes(id)).answerVersions()).containsEntry(pos, seen + 2);
    }

    @Test
    void the_same_answer_from_two_windows_is_no_disagreement() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        List<String> right = rightAnswer(id, 2);

        asStudent(() -> attemptAnswers.saveAnswer(id, 2, right, 0));
        SavedAnswer same = asStudent(() -> attemptAnswers.saveAnswer(id, 2, right, 0));

        assertThat(same.changedElsewhere()).isFalse();
        assertThat(same.stored().version()).isEqualTo(1);
    }

    @Test
    void another_students_attempt_has_no_changes_to_read() {
        long id = asStudent(() -> attemptStarts.startOrResume(checkpoint1));
        String other = users.newDemoStudent();

        assertThatThrownBy(() -> users.as(other, () -> attemptAnswers.changes(id))).isInstanceOf(AccessDeniedException.class);
    }
}
