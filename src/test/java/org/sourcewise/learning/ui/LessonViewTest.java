package org.sourcewise.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.content.internal.CourseImporter;
import org.sourcewise.learning.LessonService;
import org.sourcewise.questions.QuestionBankService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The lesson page as the demo student uses it; student3 marks lesson l5 done (no other test does). */
@IntegrationTest
class LessonViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    LessonService lessons;
    @Autowired
    CourseImporter importer;

    private LessonInfo lesson(String slug, String key) {
        return SystemTask.call(() -> {
            long courseId = courses.findCourse(slug).orElseThrow().id();
            return courses.lessons(courseId).stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
        });
    }

    private LessonInfo lesson(String key) {
        return lesson("russia-north-korea-2017", key);
    }

    private LessonView open(LessonInfo lesson) {
        return navigate("lesson/" + lesson.id(), LessonView.class);
    }

    private List<String> texts(String className) {
        return find(Span.class).withClassName(className).all().stream().map(Span::getText).toList();
    }

    private com.vaadin.flow.component.Component checkCard(int number) {
        return find(com.vaadin.flow.component.html.H3.class).withText("Question " + number + " of 3").single().getParent().orElseThrow();
    }

    private void check(com.vaadin.flow.component.Component card) {
        test(find(Button.class, card).withText("Check").single()).click();
    }

    @Test
    @WithUserDetails("student")
    void a_lesson_shows_its_claims_as_cards_with_kind_badges_citations_and_context_set_apart() {
        LessonInfo l1 = lesson("l1");
        open(l1);

        assertThat(find(H1.class).single().getText()).isEqualTo("A new hierarchy of allies");
        assertThat(find(ClaimCard.class).all()).hasSize(9);
        assertThat(texts("kind")).hasSize(9).contains("Figure", "Background", "Reported fact", "Analysis");
        RouterLink citation = find(RouterLink.class).withClassName("citation").first();
        assertThat(citation.getText()).isEqualTo("Paragraph 1 · “On February 3, 2017, North Korean leader Kim Jong-un sent out”");
        assertThat(citation.getHref()).isEqualTo("course/russia-north-korea-2017/source?p=1");
        // the course's source is named under the lesson's title, its title leading to the source page
        assertThat(find(RouterLink.class).withClassName("source-title").single().getText()).isEqualTo("Russia's Love Affair With North Korea");
        long withContext = l1.claims().stream().filter(c -> c.contextNote() != null).count();
        assertThat(texts("context-label")).hasSize((int) withContext).containsOnly("Context");
        ClaimCard first = find(ClaimCard.class).first();
        assertThat(Texts.of(first)).contains("Lunar New Year (Seollal in Korea)").contains("not from the article");
        assertThat(Texts.of(find(DescriptionList.class).single())).contains("KCNA", "Korean Central News Agency");
        assertThat(Texts.of((com.vaadin.flow.component.Component) getCurrentView())).contains("Small diplomatic rituals");
    }

    @Test
    @WithUserDetails("student")
    void a_check_question_explains_nothing_before_check_and_gives_feedback_after() {
        LessonView view = open(lesson("l1"));
        // queries find visible components only: no feedback is showing
        assertThat(find(FeedbackPanel.class).all()).isEmpty();
        assertThat(Texts.of(view)).doesNotContain("relegating China").doesNotContain("Russia took first place");

        var card = checkCard(2);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> choices = find(RadioButtonGroup.class, card).single();
        test(choices).selectItem("In first place");
        check(card);

        FeedbackPanel feedback = find(FeedbackPanel.class, card).single();
        assertThat(feedback.isVisible()).isTrue();
        assertThat(Texts.of(feedback)).contains("Not quite", "Russia took first place; China was relegated.",
                "In second place", "relegating China to second place");
        // the explanation's "(paragraph 1)" leads to that paragraph of the source
        assertThat(Texts.of(feedback)).contains("href=\"course/russia-north-korea-2017/source?p=1\">paragraph 1</a>");

        // after a check the right choice carries a tick
        test(choices).selectItem("In second place  ✓");
        check(card);
        assertThat(Texts.of(feedback)).contains("Right").doesNotContain("Not quite");
    }

    @Test
    @WithUserDetails("student")
    void typed_check_answers_are_marked_too() {
        open(lesson("l1"));
        var card = checkCard(3);
        test(find(TextField.class, card).single()).setValue("cuba");
        check(card);
        assertThat(Texts.of(find(FeedbackPanel.class, card).single())).contains("✓ Right");

        LessonInfo l2 = lesson("l2");
        open(l2);
        double value = SystemTask.call(() -> {
            var entry = bank.entry(l2.courseId(), "q-l2-check-2").orElseThrow();
            return bank.versions(List.of(entry.currentVersionId())).get(entry.currentVersionId()).options().getFirst().value();
        });
        var numeric = checkCard(2);
        test(find(TextField.class, numeric).single()).setValue(String.valueOf(value + 1000));
        check(numeric);
        assertThat(Texts.of(find(FeedbackPanel.class, numeric).single())).contains("Not quite");
        test(find(TextField.class, numeric).single()).setValue(String.valueOf(value));
        check(numeric);
        assertThat(Texts.of(find(FeedbackPanel.class, numeric).single())).contains("✓ Right");
    }

    @Test
    @WithUserDetails("student")
    void checking_without_an_answer_asks_for_one_and_reveals_nothing() {
        open(lesson("l1"));
        var card = checkCard(1);
        check(card);
        assertThat(find(FeedbackPanel.class, card).all()).isEmpty();
        assertThat(Texts.of(card)).contains("Choose or type an answer first");
    }

    @Test
    @WithUserDetails("student3")
    void marking_the_lesson_done_persists_across_a_reload() {
        LessonInfo l5 = lesson("l5");
        open(l5);
        Button markDone = find(Button.class).id("mark-done");
        assertThat(markDone.isEnabled()).isTrue();
        assertThat(markDone.getText()).isEqualTo("Mark lesson done");

        test(markDone).click();
        assertThat(find(Button.class).id("mark-done").getText()).isEqualTo("Lesson done");

        open(l5);
        Button reloaded = find(Button.class).id("mark-done");
        assertThat(reloaded.isEnabled()).isFalse();
        assertThat(reloaded.getText()).isEqualTo("Lesson done");
        assertThat(find(Span.class).withClassName("badge-done").single().getText()).isEqualTo("Done");
        assertThat(lessons.progress(l5.id()).done()).isTrue();
        assertThat(lessons.open(l5.id()).done()).isTrue();
        assertThat(l5.claims()).extracting(ClaimInfo::id).isNotEmpty();
    }

    @Test
    @WithUserDetails("student")
    void a_lesson_of_a_course_outside_the_students_classes_is_not_shown() {
        SystemTask.run(() -> importer.importAll("classpath*:test-courses/sample-course/course.yaml"));
        // the app's one "Page not found", as for a lesson that does not exist: ids tell nothing
        navigate("lesson/" + lesson("sample-course", "l1").id(), org.sourcewise.base.ui.PageNotFound.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(find(ClaimCard.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_sees_the_lesson_read_only_without_mark_done_and_can_try_its_checks() {
        LessonInfo l1 = lesson("l1");
        open(l1);

        assertThat(find(H1.class).single().getText()).isEqualTo("A new hierarchy of allies");
        assertThat(find(ClaimCard.class).all()).hasSize(9);
        // nobody's mastery on the claims, no "Mark lesson done", a note that nothing is recorded
        assertThat(find(Span.class).withClassName("claim-mastery").all()).isEmpty();
        assertThat(find(Button.class).withId("mark-done").all()).isEmpty();
        assertThat(Texts.of(find(com.vaadin.flow.component.html.Paragraph.class).id("staff-preview-note"))).contains("nothing you do here is recorded");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withClassName("back-link").single().getHref())
                .isEqualTo("course/russia-north-korea-2017/bank");

        var card = checkCard(3);
        test(find(TextField.class, card).single()).setValue("cuba");
        check(card);
        assertThat(Texts.of(find(FeedbackPanel.class, card).single())).contains("✓ Right");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_opens_any_courses_lesson_read_only_and_an_unknown_one_is_not_found() {
        SystemTask.run(() -> importer.importAll("classpath*:test-courses/sample-course/course.yaml"));
        open(lesson("sample-course", "l1"));
        assertThat(find(ClaimCard.class).all()).isNotEmpty();
        assertThat(find(Button.class).withId("mark-done").all()).isEmpty();

        navigate("lesson/-7", org.sourcewise.base.ui.PageNotFound.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
