package org.sourcewise.quizzes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** What the quiz page holds in its component tree: everything the browser can receive. */
@IntegrationTest
@WithUserDetails("student3")
class QuizTakingViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptStartService attemptStarts;
    @Autowired
    org.sourcewise.quizzes.AnswerService attemptAnswers;
    @Autowired
    org.sourcewise.quizzes.QuizBuilderService builder;
    @Autowired
    org.sourcewise.classes.ClassService classes;
    @Autowired
    QuizService quizzes;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    AttemptQuestionRepository attemptQuestions;
    @Autowired
    org.sourcewise.TestUsers users;
    @Autowired
    org.sourcewise.quizzes.AccommodationService accommodations;

    private long startFinal() {
        long quizId = SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "final")
                .orElseThrow().id());
        return attemptStarts.startOrResume(quizId);
    }

    /** Every text, attribute and property of every element under the UI, dialogs and overlays included. */
    private static String everythingSent() {
        StringBuilder all = new StringBuilder();
        collect(UI.getCurrent().getElement(), all);
        return all.toString();
    }

    private static void collect(Element element, StringBuilder all) {
        if (element.isTextNode()) {
            all.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames().forEach(n -> all.append(element.getAttribute(n)).append('\n'));
        element.getPropertyNames().forEach(n -> all.append(element.getProperty(n, "")).append('\n'));
        element.getChildren().forEach(c -> collect(c, all));
        if (!element.getNode().hasFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)) {
            return;
        }
        for (int i = 0; i < element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class).size(); i++) {
            var node = element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class).get(i);
            collect(Element.get(node), all);
        }
    }

    private Button button(String text) {
        return find(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void a_numeric_answer_saves_only_a_number() {
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        long questionId = SystemTask.call(() -> bank.entry(courseId, "q-l1-02").orElseThrow().questionId());
        assertThat(SystemTask.call(() -> bank.entries(List.of(questionId))).getFirst().type()).isEqualTo(QuestionType.NUMERIC);
        long quizId = SystemTask.call(() -> builder.save(new org.sourcewise.quizzes.QuizDraft(null, courseId, 0,
                org.sourcewise.Unique.name("Numbers only "), "", null, 1, org.sourcewise.quizzes.scoring.GradingMethod.HIGHEST,
                null, null, false, false, org.sourcewise.quizzes.ReviewPolicy.AFTER_SUBMIT, 50,
                List.of(org.sourcewise.quizzes.QuizDraft.SlotDraft.fixed(questionId, 1)))));
        SystemTask.run(() -> {
            long demo = classes.myClasses().stream().filter(c -> "DEMO-2017".equals(c.joinCode())).findFirst().orElseThrow().id();
            classes.assignQuiz(demo, quizId, java.time.Instant.now().plus(java.time.Duration.ofDays(7)));
        });
        long attemptId = attemptStarts.startOrResume(quizId);
        navigate("attempt/" + attemptId, QuizTakingView.class);
        com.vaadin.flow.component.textfield.TextField field = find(com.vaadin.flow.component.textfield.TextField.class).id("answer");

        test(field).setValue("Vladivostok");
        assertThat(attemptAnswers.sheet(attemptId).responses()).doesNotContainKey(1);

        test(field).setValue("10 000");
        assertThat(attemptAnswers.sheet(attemptId).responses().get(1).values()).containsExactly("10 000");
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void a_timed_attempt_keeps_its_session_in_use_and_leaving_the_page_stops_it() {
        long attemptId = startFinal();
        assertThat(SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "final"))
                .orElseThrow().timeLimitSeconds()).isPositive();

        navigate("attempt/" + attemptId, QuizTakingView.class);
        int idleSeconds = com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getMaxInactiveInterval();
        // every 4 minutes, or twice within the idle timeout when that is shorter (as in this test's session)
        assertThat(UI.getCurrent().getPollInterval()).isPositive()
                .isEqualTo(Math.min(QuizTakingView.KEEP_ALIVE_MILLIS, idleSeconds * 1000 / 2));

        UI.getCurrent().navigate("student");
        assertThat(getCurrentView()).isNotInstanceOf(QuizTakingView.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    /** Opens the submit dialog as the Finish button does, with the server's round trip that adds it to the page. */
    private ConfirmDialog openSubmitDialog() {
        test(find(Button.class).id("finish")).click();
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return find(ConfirmDialog.class).id("submit-dialog");
    }

    @Test
    void the_attempt_page_and_its_submit_dialog_are_let_go_once_the_student_is_on_the_review() {
        long attemptId = startFinal();
        navigate("attempt/" + attemptId, QuizTakingView.class);
        QuizTakingView attemptPage = (QuizTakingView) getCurrentView();
        ConfirmDialog dialog = openSubmitDialog();
        assertThat(dialog.isOpened()).isTrue();

        // the browser sends the confirm; this client, like one whose tab closed, never reports the closing animation
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        assertThat(getCurrentView()).isInstanceOf(AttemptReviewView.class);
        assertThat(dialog.isAttached()).as("the dialog, whose listener holds the attempt page").isFalse();
        assertThat(attemptPage.isAttached()).isFalse();
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    void the_attempt_page_is_the_main_landmark_and_its_title_tells_it_from_the_start_page() {
        var quiz = SystemTask.call(() -> quizzes.find(courses.findCourse("russia-north-korea-2017").orElseThrow().id(), "final")
                .orElseThrow());
        long attemptId = startFinal();
        navigate("quiz/" + quiz.id(), QuizStartView.class);
        String startTitle = ((QuizStartView) getCurrentView()).getPageTitle();

        navigate("attempt/" + attemptId, QuizTakingView.class);
        QuizTakingView attemptPage = (QuizTakingView) getCurrentView();

        assertThat(attemptPage.getPageTitle()).isEqualTo("Attempt: " + quiz.title() + " \u00b7 Sourcewise").isNotEqualTo(startTitle);
        // no app layout around this page: the page itself is the main landmark
        assertThat(attemptPage.getElement().getAttribute("role")).isEqualTo("main");
        // and no frame's bar: the page's own has both switches
        assertThat(find(org.sourcewise.base.ui.ThemeSwitch.class).all()).hasSize(1);
        assertThat(find(org.sourcewise.browser.ui.LanguageSwitch.class).all()).hasSize(1);
    }

    @Test
    void a_submit_dialog_left_open_goes_with_the_page_and_a_cancelled_one_is_taken_out() {
        long attemptId = startFinal();
        navigate("attempt/" + attemptId, QuizTakingView.class);

        ConfirmDialog cancelled = openSubmitDialog();
        cancelled.close(); // the browser closes it, then reports the end of its animation
        ComponentUtil.fireEvent(cancelled, new ConfirmDialog.ClosedEvent(cancelled, true));
        assertThat(cancelled.isAttached()).isFalse();

        ConfirmDialog open = openSubmitDialog();
        // the time runs out, or the student follows a link, with the dialog open: the next page has no dialog
        UI.getCurrent().navigate("student");
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(open.isAttached()).isFalse();
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    void no_answer_key_feedback_or_explanation_reaches_the_page_before_submission() {
        long attemptId = startFinal();
        List<AttemptQuestionEntity> frozen = attemptQuestions.findByAttemptIdOrderByPosition(attemptId);
        var contents = bank.versions(frozen.stream().map(AttemptQuestionEntity::getQuestionVersionId).toList());

        navigate("attempt/" + attemptId, QuizTakingView.class);
        while (button("Previous").isEnabled()) { // another test may have left this attempt at a later question
            test(button("Previous")).click();
        }
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < frozen.size(); i++) {
            pages.add(everythingSent());
            if (i < frozen.size() - 1) {
                test(button("Next")).click();
            }
        }
        button("Finish attempt…").click();
        pages.add(everythingSent());

        Set<String> secrets = new HashSet<>();
        for (QuestionContent content : contents.values()) {
            secrets.add(content.explanation());
            if (content.generalFeedback() != null) {
                secrets.add(content.generalFeedback());
            }
            content.options().stream().map(Option::feedback).filter(f -> f != null && f.length() > 12).forEach(secrets::add);
            if (content.type() == QuestionType.SHORT_ANSWER || content.type() == QuestionType.NUMERIC) {
                content.options().stream().map(o -> o.text() == null ? null : "\"" + o.text() + "\"").filter(t -> t != null).forEach(secrets::add);
            }
        }
        String everything = String.join("\n", pages);
        assertThat(everything).contains("Question 20 of 20");
        assertThat(secrets).isNotEmpty().allSatisfy(secret -> assertThat(everything).doesNotContain(secret));
        assertThat(everything).doesNotContainIgnoringCase("weight").doesNotContain("\"correct\"");
    }

    @Test
    void only_the_courses_words_in_the_answer_controls_carry_its_language_never_a_control_with_its_label() {
        long attemptId = startFinal();
        navigate("attempt/" + attemptId, QuizTakingView.class);
        while (button("Previous").isEnabled()) {
            test(button("Previous")).click();
        }
        int options = 0;
        for (int i = 0; i < 20; i++) {
            com.vaadin.flow.component.Component card = find(Span.class).withClassName("question-number").single()
                    .getParent().orElseThrow().getParent().orElseThrow();
            List<com.vaadin.flow.component.Component> fields = new ArrayList<>();
            fields.addAll(find(RadioButtonGroup.class, card).all());
            fields.addAll(find(com.vaadin.flow.component.checkbox.CheckboxGroup.class, card).all());
            fields.addAll(find(com.vaadin.flow.component.textfield.TextField.class, card).all());
            fields.addAll(find(com.vaadin.flow.component.textfield.TextArea.class, card).all());
            fields.addAll(find(com.vaadin.flow.component.select.Select.class, card).all());
            fields.addAll(find(Button.class, card).all());
            assertThat(fields).as("question " + (i + 1)).isNotEmpty()
                    .allSatisfy(f -> assertThat(AnswerInputTest.langOf(f.getElement())).as("lang around " + f).isNull());
            for (var group : find(RadioButtonGroup.class, card).all()) {
                for (var option : find(com.vaadin.flow.component.Html.class, group).all()) {
                    assertThat(option.getElement().getAttribute("lang")).isEqualTo("en");
                    options++;
                }
            }
            if (i < 19) {
                test(button("Next")).click();
            }
        }
        assertThat(options).as("options of choice questions seen").isPositive();
    }

    @Test
    void a_choice_made_on_the_page_is_saved_and_shown_again_after_a_reload() {
        long attemptId = startFinal();
        navigate("attempt/" + attemptId, QuizTakingView.class);
        // move to the first question that offers radio buttons, answer it
        for (int guard = 0; guard < 20 && find(RadioButtonGroup.class).all().isEmpty(); guard++) {
            test(button("Next")).click();
        }
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> group = find(RadioButtonGroup.class).all().getFirst();
        Object choice = group.getListDataView().getItems().toList().get(1);
        group.setValue(choice);
        String position = find(Span.class).all().stream().map(Span::getText).filter(t -> t.startsWith("Question ")).findFirst().orElseThrow();

        navigate("attempt/" + attemptId, QuizTakingView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> reloaded = find(RadioButtonGroup.class).all().getFirst();
        assertThat(find(Span.class).all().stream().map(Span::getText)).contains(position);
        assertThat(reloaded.getValue()).isEqualTo(choice);
        assertThat(find(Span.class).all().stream().map(Span::getText)).anyMatch(t -> t.startsWith("Saved") || t.startsWith("All answers saved"));
    }

    @Test
    void minutes_given_back_reach_the_open_page_with_its_next_save_and_when_it_comes_back_to_the_front() {
        long attemptId = startFinal();
        navigate("attempt/" + attemptId, QuizTakingView.class);
        QuizTakingView attemptPage = (QuizTakingView) getCurrentView();
        assertThat(shownChangedNote()).as("no note shown yet").isEmpty();

        // a fault cost the student five minutes; their instructor gives them back while the page is open
        users.run("instructor", () -> accommodations.giveTimeBack(attemptId, 5));
        for (int guard = 0; guard < 20 && find(RadioButtonGroup.class).all().isEmpty(); guard++) {
            test(button("Next")).click();
        }
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> group = find(RadioButtonGroup.class).all().getFirst();
        // another choice than the one stored (other tests answer this attempt too): saved at once
        List<Object> items = group.getListDataView().getItems().toList();
        group.setValue(items.get(items.get(1).equals(group.getValue()) ? 0 : 1));
        Span note = shownChangedNote().orElseThrow();
        assertThat(note.getText()).startsWith("Your instructor gave you more time: this attempt now ends at ");
        String firstNote = note.getText();

        // five more, while the student reads in another tab: the page hears of it when it is shown again
        users.run("instructor", () -> accommodations.giveTimeBack(attemptId, 5));
        attemptPage.checkForChanges();
        assertThat(note.getText()).startsWith("Your instructor gave you more time").isNotEqualTo(firstNote);
    }

    /** The page's note of changes made elsewhere (answers, time given back), if shown. */
    private java.util.Optional<Span> shownChangedNote() {
        return find(Span.class).all().stream().filter(s -> s.getClassNames().contains("changed-elsewhere") && s.isVisible()).findFirst();
    }

    /** Opens the attempt at its first question with radio buttons; returns that question's number. */
    private int openFirstSingleChoice(long attemptId) {
        int position = attemptAnswers.sheet(attemptId).questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow().position();
        UI.getCurrent().navigate("student"); // a view on the same route would be reused
        UI.getCurrent().navigate("attempt/" + attemptId,
                com.vaadin.flow.router.QueryParameters.of("q", String.valueOf(position)));
        assertThat(getCurrentView()).isInstanceOf(QuizTakingView.class);
        return position;
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> radios() {
        return find(RadioButtonGroup.class).all().getFirst();
    }

    private String changedNote() {
        return find(Span.class).withClassName("changed-elsewhere").single().getText();
    }

    @Test
    void a_page_that_is_behind_another_window_shows_the_stored_answer_instead_of_overwriting_it() {
        long attemptId = startFinal();
        // the tests of this class share the attempt: whatever others left there, the page opens on option 2
        int first = attemptAnswers.sheet(attemptId).questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow().position();
        attemptAnswers.saveAnswer(attemptId, first, List.of("1"));
        int position = openFirstSingleChoice(attemptId);
        List<Object> items = radios().getListDataView().getItems().toList();
        int seen = attemptAnswers.sheet(attemptId).responses().getOrDefault(position,
                new org.sourcewise.quizzes.StudentResponse(List.of(), false, 0)).version();

        // another tab saves option 3 meanwhile; this page then picks option 1
        attemptAnswers.saveAnswer(attemptId, position, List.of("2"), seen);
        radios().setValue(items.get(0));

        assertThat(attemptAnswers.sheet(attemptId).responses().get(position).values()).containsExactly("2");
        assertThat(radios().getValue()).isEqualTo(items.get(2));
        assertThat(changedNote()).contains("question " + position).contains("another window");

        // having seen it, the student may still choose otherwise: that save lands
        radios().setValue(items.get(0));
        assertThat(attemptAnswers.sheet(attemptId).responses().get(position).values()).containsExactly("0");
        assertThat(find(Span.class).withClassName("changed-elsewhere").all()).isEmpty(); // only visible ones are found
    }

    @Test
    void a_page_brought_back_to_the_front_catches_up_with_answers_saved_elsewhere() {
        long attemptId = startFinal();
        int position = openFirstSingleChoice(attemptId);
        List<Object> items = radios().getListDataView().getItems().toList();
        QuizTakingView view = (QuizTakingView) getCurrentView();

        attemptAnswers.saveAnswer(attemptId, position, List.of("1"));
        view.checkForChanges();

        assertThat(radios().getValue()).isEqualTo(items.get(1));
        assertThat(changedNote()).contains("question " + position);
    }
}
