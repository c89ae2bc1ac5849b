package org.sourcewise.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.learning.LessonService;
import org.sourcewise.learning.PracticeQuestion;
import org.sourcewise.learning.PracticeService;
import org.sourcewise.learning.StudentAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The practice page as student2 uses it, with lesson l6 done; no other test changes student2's practice. */
@IntegrationTest
@WithUserDetails("student2")
class PracticeViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseService courses;
    @Autowired
    LessonService lessons;
    @Autowired
    PracticeService practice;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void lessonSixDone() {
        long l6 = SystemTask.call(() -> {
            long courseId = courses.findCourse("russia-north-korea-2017").orElseThrow().id();
            return courses.lessons(courseId).stream().filter(l -> l.key().equals("l6")).findFirst().orElseThrow().id();
        });
        lessons.markDone(l6);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String dueLine() {
        return find(Paragraph.class).id("due-count").getText();
    }

    private void click(String caption) {
        test(find(Button.class).withText(caption).single()).click();
    }

    @Test
    void practice_asks_a_due_claim_and_after_the_answer_shows_feedback_and_the_claim_with_its_citation() {
        // another test may have answered every claim: make all of student2's claims due again
        jdbc.update("update review_state set due_at = ? where user_id = (select id from app_user where username = 'student2')",
                Timestamp.from(clock.instant().minusSeconds(60)));
        int due = practice.dueCount();
        assertThat(due).isGreaterThanOrEqualTo(3);
        navigate(PracticeView.class);
        assertThat(dueLine()).isEqualTo(PracticeView.dueText(due));
        assertThat(find(FeedbackPanel.class).all()).isEmpty();
        assertThat(find(ClaimCard.class).all()).isEmpty();
        // the question's stem is the course's words: it carries the course's language, the form as a whole does not
        QuestionForm form = find(QuestionForm.class).single();
        assertThat(find(Html.class, form).withClassName("question-stem").single().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(form.getElement().hasAttribute("lang")).isFalse();

        click("I don't know");

        FeedbackPanel feedback = find(FeedbackPanel.class).single();
        assertThat(Texts.of(feedback)).contains("No answer given", "Why");
        ClaimCard claim = find(ClaimCard.class).single();
        assertThat(Texts.of(claim)).contains("Paragraph ");
        // a missed claim comes back the same day: a minute later while learning, ten while relearning
        assertThat(find(Paragraph.class).id("schedule").getText()).matches("This claim comes back in (1 minute|10 minutes)\\.");
        assertThat(dueLine()).isEqualTo(PracticeView.dueText(due - 1));
        assertThat(practice.dueCount()).isEqualTo(due - 1);

        test(find(Button.class).id("next-question")).click();
        assertThat(find(ClaimCard.class).all()).isEmpty();
    }

    @Test
    void with_nothing_due_practice_says_in_how_many_minutes_the_next_claim_is_due_and_checks_again() {
        // one claim practice can ask about waits a learning step of 8 more minutes; the others, a day
        String student2 = "(select id from app_user where username = 'student2')";
        jdbc.update("update review_state set due_at = ? where user_id = " + student2, Timestamp.from(clock.instant().minusSeconds(60)));
        long claim = practice.next().orElseThrow().claimId();
        jdbc.update("update review_state set due_at = ? where user_id = " + student2,
                Timestamp.from(clock.instant().plus(Duration.ofDays(1)).plusSeconds(60)));
        jdbc.update("update review_state set due_at = ? where claim_id = ? and user_id = " + student2,
                Timestamp.from(clock.instant().plus(Duration.ofMinutes(8))), claim);
        navigate(PracticeView.class);

        assertThat(dueLine()).isEqualTo("No claims due");
        assertThat(find(H2.class).withText("All caught up").exists()).isTrue();
        assertThat(find(Paragraph.class).id("next-due").getText()).isEqualTo("The next claim is due in 8 minutes.");
        assertThat(find(Button.class).withText("Check").exists()).isFalse();

        clock.advance(Duration.ofMinutes(8));
        test(find(Button.class).id("check-again")).click();

        assertThat(dueLine()).isEqualTo(PracticeView.dueText(1));
        assertThat(find(Button.class).withText("Check").exists()).isTrue();
    }

    @Test
    void with_nothing_due_until_tomorrow_practice_says_so_and_offers_no_check_again() {
        jdbc.update("update review_state set due_at = ? where user_id = (select id from app_user where username = 'student2')",
                Timestamp.from(clock.instant().plus(Duration.ofDays(1)).plusSeconds(60)));
        navigate(PracticeView.class);

        assertThat(find(Paragraph.class).id("next-due").getText()).isEqualTo("The next claim is due tomorrow.");
        assertThat(find(Button.class).withText("Check again").exists()).isFalse();
    }
}
