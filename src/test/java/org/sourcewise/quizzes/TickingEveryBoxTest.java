package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.QuizDraft.SlotDraft;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 19: a student who ticks every box of the first course's multiple-response questions earns nothing for it. */
@IntegrationTest
class TickingEveryBoxTest {

    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizBuilderService builder;
    @Autowired
    AnswerService attemptAnswers;

    @Autowired
    AttemptReviewService attemptReviews;

    @Autowired
    AttemptStartService attemptStarts;

    @Autowired
    AttemptSubmissionService attemptSubmissions;
    @Autowired
    TestClasses classes;
    @Autowired
    TestUsers users;

    @Test
    void ticking_every_box_of_every_multiple_response_question_of_the_first_course_scores_zero() {
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        List<BankEntry> multiple = SystemTask.call(() -> bank.publishedEntries(courseId)).stream()
                .filter(e -> e.type() == QuestionType.MULTIPLE_RESPONSE).toList();
        assertThat(multiple).hasSizeGreaterThanOrEqualTo(6);
        long quizId = users.as("instructor", () -> builder.save(new QuizDraft(null, courseId, 0, "Tick them all", "",
                null, 1, GradingMethod.HIGHEST, null, null, false, true, ReviewPolicy.AFTER_SUBMIT, 50,
                multiple.stream().map(e -> SlotDraft.fixed(e.questionId(), 1)).toList())));
        TestClasses.TestClass schoolClass = classes.newClass(courseId, Map.of(quizId, Instant.now().plus(7, ChronoUnit.DAYS)));
        String student = users.newDemoStudent();
        classes.enrol(schoolClass, List.of(student));

        long attemptId = users.as(student, () -> attemptStarts.startOrResume(quizId));
        AttemptSheet sheet = users.as(student, () -> attemptAnswers.sheet(attemptId));
        for (StudentQuestion q : sheet.questions()) {
            List<String> everyBox = IntStream.range(0, q.choices().size()).mapToObj(String::valueOf).toList();
            users.run(student, () -> attemptAnswers.saveAnswer(attemptId, q.position(), everyBox));
        }
        AttemptSummary submitted = users.as(student, () -> attemptSubmissions.submit(attemptId));

        assertThat(submitted.score()).isZero();
        AttemptReview review = users.as(student, () -> attemptReviews.review(attemptId));
        assertThat(review.items()).hasSize(multiple.size()).allSatisfy(item -> assertThat(item.score()).isZero());
    }
}
