package org.sourcewise.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.quizzes.AttemptReviewService;
import org.sourcewise.quizzes.EssayAttempts;
import org.sourcewise.quizzes.GradingService;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.quizzes.rules.Standing;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 15: while an essay waits for its grade, the student's home, the instructor's gradebook, the
 * REST gradebook and the statistics agree that there is no grade yet; once graded, on the grade.
 */
@IntegrationTest
class PendingGradeAgreementTest {

    @Autowired
    EssayAttempts essays;
    @Autowired
    AttemptReviewService attemptReviews;
    @Autowired
    GradingService grading;
    @Autowired
    GradebookService gradebooks;
    @Autowired
    QuizStatisticsService statistics;
    @Autowired
    TestUsers users;
    @Autowired
    WebApplicationContext context;

    @Test
    void home_gradebook_rest_and_statistics_agree_before_and_after_the_essay_is_graded() throws Exception {
        EssayAttempts.EssayAttempt made = essays.create();
        long quizId = users.as(made.student(), () -> attemptReviews.review(made.attemptId())).attempt().quizId();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();

        Standing home = standingOnHome(made, quizId);
        GradeCell cell = users.as(made.instructor(), () -> gradebooks.gradebook(made.classId()).orElseThrow())
                .rows().getFirst().cell(quizId);
        assertThat(home.gradePercent()).isNull();
        assertThat(home.status()).isEqualTo(GradeStatus.AWAITING_GRADING);
        assertThat(cell.gradePercent()).isNull();
        assertThat(cell.status()).isEqualTo(GradeStatus.AWAITING_GRADING);
        mvc.perform(get("/api/v1/classes/" + made.classId() + "/gradebook").with(httpBasic(made.instructor(), "test-password-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].grade").value(Matchers.nullValue()))
                .andExpect(jsonPath("$[0].status").value("AWAITING_GRADING"));
        QuizStatisticsResult before = users.as(made.instructor(), () -> statistics.statistics(quizId, AttemptSelection.HIGHEST)).orElseThrow();
        assertThat(before.report().test().attemptCount()).isZero();
        assertThat(before.leftOutAwaitingGrading()).isEqualTo(1);

        users.run(made.instructor(), () -> grading.gradeEssay(made.attemptId(), made.essayPosition(), 4, "Good."));

        Standing graded = standingOnHome(made, quizId);
        GradeCell gradedCell = users.as(made.instructor(), () -> gradebooks.gradebook(made.classId()).orElseThrow())
                .rows().getFirst().cell(quizId);
        double expected = 100.0 * 5 / 6;
        assertThat(graded.gradePercent()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(graded.status()).isEqualTo(GradeStatus.SUBMITTED);
        assertThat(gradedCell.gradePercent()).isEqualTo(graded.gradePercent());
        mvc.perform(get("/api/v1/classes/" + made.classId() + "/gradebook").with(httpBasic(made.instructor(), "test-password-1")))
                .andExpect(jsonPath("$[0].grade").value(Matchers.closeTo(expected, 1e-6)))
                .andExpect(jsonPath("$[0].status").value("SUBMITTED"));
        QuizStatisticsResult after = users.as(made.instructor(), () -> statistics.statistics(quizId, AttemptSelection.HIGHEST)).orElseThrow();
        assertThat(after.report().test().attemptCount()).isEqualTo(1);
        assertThat(after.report().test().meanPercent().getAsDouble()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
    }

    private Standing standingOnHome(EssayAttempts.EssayAttempt made, long quizId) {
        Map<Long, java.time.Instant> due = new HashMap<>();
        due.put(quizId, null);
        return users.as(made.student(), () -> attemptReviews.myStandings(due)).get(quizId);
    }
}
