package org.sourcewise.questions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.internal.TestCourses;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.EditableQuestion;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionChangedException;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionEditingService;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The question editor as an instructor uses it, without a browser. */
@IntegrationTest
@WithUserDetails("instructor")
class QuestionEditorViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger COURSES = new AtomicInteger();

    @Autowired
    TestCourses testCourses;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionEditingService editing;
    @Autowired
    TestUsers users;

    private String freshCourse() {
        String slug = "editor-view-" + COURSES.incrementAndGet();
        testCourses.sampleCopy(slug);
        return slug;
    }

    private long courseId(String slug) {
        return users.as("instructor", () -> courses.findCourse(slug).orElseThrow().id());
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return find(Select.class).id(id);
    }

    private TextArea area(String id) {
        return find(TextArea.class).id(id);
    }

    private void type(String typeName) {
        test(this.<QuestionType>select("edit-type")).selectItem(typeName);
    }

    @SuppressWarnings("unchecked")
    private void pickClaim(String key) {
        MultiSelectComboBox<Object> claims = find(MultiSelectComboBox.class).id("edit-claims");
        String label = test(claims).getSuggestions().stream().filter(s -> s.startsWith(key + " ·")).findFirst().orElseThrow();
        test(claims).selectItem(label);
    }

    private String previewText() {
        return textOf(find(QuestionPreview.class).id("question-preview"));
    }

    /** The text of a component and its descendants, Markdown (Html components) included. */
    private static String textOf(com.vaadin.flow.component.Component c) {
        StringBuilder text = new StringBuilder(c.getElement().getTextRecursively());
        collectHtml(c, text);
        return text.toString();
    }

    private static void collectHtml(com.vaadin.flow.component.Component c, StringBuilder text) {
        if (c instanceof Html h) {
            text.append(' ').append(h.getInnerHtml());
        }
        c.getChildren().forEach(child -> collectHtml(child, text));
    }

    /** Clicks the action button {@code id} in the bank grid's row of {@code key}. */
    @SuppressWarnings("unchecked")
    private void rowAction(String key, String id) {
        var grid = (com.vaadin.flow.component.grid.Grid<EditableQuestion>) find(com.vaadin.flow.component.grid.Grid.class).id("bank-grid");
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).spec().key().equals(key)) {
                Button b = (Button) tester.getCellComponent(row, "actions").getChildren()
                        .filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
                test(b).click();
                return;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private void save() {
        test(find(Button.class).id("save-question")).click();
    }

    private List<EditableQuestion> bank(String slug) {
        long id = courseId(slug);
        return users.as("instructor", () -> editing.list(id));
    }

    @Test
    void a_true_false_question_is_created_through_the_editor_while_the_preview_follows_the_typing() {
        String slug = freshCourse();
        navigate("course/" + slug + "/bank/new", QuestionEditorView.class);
        String key = find(TextField.class).id("edit-key").getValue();
        assertThat(key).isNotBlank();

        type("True false");
        test(area("edit-stem")).setValue("The bridge opened in January.");
        assertThat(previewText()).contains("The bridge opened in January.");
        test(find(RadioButtonGroup.class).id("tf-truth")).selectItem("True");
        assertThat(previewText()).contains("Key").contains("True");
        pickClaim("c01");
        test(area("edit-explanation")).setValue("The article dates the opening to January.");
        test(this.<QuestionStatus>select("edit-status")).selectItem("Published");
        save();

        assertThat(bank(slug)).filteredOn(q -> q.spec().key().equals(key)).singleElement().satisfies(q -> {
            assertThat(q.spec().type()).isEqualTo(QuestionType.TRUE_FALSE);
            assertThat(q.spec().status()).isEqualTo(QuestionStatus.PUBLISHED);
            assertThat(q.spec().claimKeys()).containsExactly("c01");
            assertThat(q.spec().content().options()).extracting(Option::weight).containsExactly(1.0, 0.0);
        });
    }

    @Test
    void a_numeric_question_is_created_then_edited_into_a_second_version() {
        String slug = freshCourse();
        navigate("course/" + slug + "/bank/new", QuestionEditorView.class);
        test(find(TextField.class).id("edit-key")).setValue("q-length");
        type("Numeric");
        test(area("edit-stem")).setValue("How long is the bridge, in metres?");
        test(find(NumberField.class).withAriaLabel("Value of answer 1").single()).setValue(300.0);
        test(find(NumberField.class).withAriaLabel("Tolerance of answer 1").single()).setValue(5.0);
        assertThat(previewText()).contains("300 ± 5");
        pickClaim("c02");
        test(area("edit-explanation")).setValue("300 metres.");
        save();

        EditableQuestion created = bank(slug).stream().filter(q -> q.spec().key().equals("q-length")).findFirst().orElseThrow();
        assertThat(created.spec().content().options()).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(300.0))
                .satisfies(o -> assertThat(o.tolerance()).isEqualTo(5.0));

        navigate("course/" + slug + "/bank/" + created.id() + "/edit", QuestionEditorView.class);
        assertThat(area("edit-stem").getValue()).isEqualTo("How long is the bridge, in metres?");
        assertThat(select("edit-type").isReadOnly()).isTrue();
        test(find(NumberField.class).withAriaLabel("Value of answer 1").single()).setValue(310.0);
        save();

        EditableQuestion edited = users.as("instructor", () -> editing.load(created.id()));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.spec().content().options().getFirst().value()).isEqualTo(310.0);
    }

    @Test
    void a_single_choice_question_without_a_correct_option_is_refused_at_the_answers_and_keeps_the_typing() {
        String slug = freshCourse();
        int before = bank(slug).size();
        navigate("course/" + slug + "/bank/new", QuestionEditorView.class);
        test(area("edit-stem")).setValue("When did the bridge open?");
        test(find(TextField.class).withAriaLabel("Option 1").single()).setValue("January");
        test(find(TextField.class).withAriaLabel("Option 2").single()).setValue("March");
        test(find(NumberField.class).withAriaLabel("Credit of option 1 in percent").single()).setValue(50.0);
        test(find(NumberField.class).withAriaLabel("Credit of option 2 in percent").single()).setValue(0.0);
        save();

        assertThat(find(Div.class).id("answers-errors").getElement().getTextRecursively())
                .contains("A single-choice question needs an option worth full marks.");
        MultiSelectComboBox<?> claims = find(MultiSelectComboBox.class).id("edit-claims");
        assertThat(claims.isInvalid()).isTrue();
        assertThat(claims.getErrorMessage()).isEqualTo("Link the question to at least one claim it tests.");
        assertThat(find(ListItem.class).all()).anySatisfy(li -> assertThat(li.getText()).contains("needs an option worth full marks"));
        assertThat(area("edit-stem").getValue()).isEqualTo("When did the bridge open?");
        assertThat(find(TextField.class).withAriaLabel("Option 2").single().getValue()).isEqualTo("March");
        assertThat(bank(slug)).hasSize(before);

        // ticking an option gives it 100%; ticking another one unticks the first and moves the credit
        Checkbox first = find(Checkbox.class).withAriaLabel("Option 1 is correct").single();
        Checkbox second = find(Checkbox.class).withAriaLabel("Option 2 is correct").single();
        test(first).click();
        assertThat(first.getValue()).isTrue();
        assertThat(find(NumberField.class).withAriaLabel("Credit of option 1 in percent").single().getValue()).isEqualTo(100.0);
        test(second).click();
        assertThat(second.getValue()).isTrue();
        assertThat(first.getValue()).isFalse();
        assertThat(find(NumberField.class).withAriaLabel("Credit of option 1 in percent").single().getValue()).isEqualTo(0.0);
        assertThat(find(NumberField.class).withAriaLabel("Credit of option 2 in percent").single().getValue()).isEqualTo(100.0);
    }

    @Test
    void ticking_the_right_options_of_a_multiple_response_question_makes_the_wrong_ones_share_minus_100_percent() {
        navigate("course/" + freshCourse() + "/bank/new", QuestionEditorView.class);
        type(QuestionWords.type(QuestionType.MULTIPLE_RESPONSE));
        while (find(NumberField.class).withAriaLabel("Credit of option 4 in percent").all().isEmpty()) {
            test(find(com.vaadin.flow.component.button.Button.class).withText("Add option").single()).click();
        }
        java.util.function.IntFunction<Double> credit = n ->
                find(NumberField.class).withAriaLabel("Credit of option " + n + " in percent").single().getValue();

        test(find(Checkbox.class).withAriaLabel("Option 1 is correct").single()).click();
        test(find(Checkbox.class).withAriaLabel("Option 3 is correct").single()).click();
        assertThat(List.of(credit.apply(1), credit.apply(2), credit.apply(3), credit.apply(4))).containsExactly(50.0, -50.0, 50.0, -50.0);

        // an author's own penalty stays; the rule's own values follow the next tick
        test(find(NumberField.class).withAriaLabel("Credit of option 4 in percent").single()).setValue(-25.0);
        test(find(Checkbox.class).withAriaLabel("Option 1 is correct").single()).click();
        assertThat(List.of(credit.apply(1), credit.apply(2), credit.apply(3), credit.apply(4))).containsExactly(-33.33, -33.33, 100.0, -25.0);
    }

    @Test
    void a_save_over_someone_elses_newer_save_is_refused_keeps_the_typing_and_can_then_replace_theirs() {
        String slug = freshCourse();
        long courseId = courseId(slug);
        EditableQuestion q = users.as("instructor", () -> editing.create(courseId, new QuestionSpec("q-shared", null,
                new QuestionContent(QuestionType.SHORT_ANSWER, "In which month did the bridge open?",
                        List.of(Option.choice("January", 1, null)), "January.", null),
                List.of("c01"), null, List.of(), Difficulty.EASY, QuestionStatus.DRAFT)));
        navigate("course/" + slug + "/bank/" + q.id() + "/edit", QuestionEditorView.class);

        EditableQuestion theirs = users.as("admin", () -> editing.load(q.id()));
        QuestionSpec s = theirs.spec();
        users.as("admin", () -> editing.update(q.id(), theirs.lockVersion(), new QuestionSpec(s.key(), s.title(),
                new QuestionContent(s.type(), "Their stem", s.content().options(), "January.", null), s.claimKeys(),
                s.category(), s.tags(), s.difficulty(), s.status())));

        test(area("edit-stem")).setValue("My stem");
        save();

        Div conflict = find(Div.class).id("edit-conflict");
        assertThat(conflict.isVisible()).isTrue();
        assertThat(textOf(conflict)).contains(QuestionChangedException.MESSAGE).contains("Their stem");
        assertThat(area("edit-stem").getValue()).isEqualTo("My stem");
        assertThat(users.as("instructor", () -> editing.load(q.id())).spec().content().stem()).isEqualTo("Their stem");

        test(find(Button.class).id("keep-mine")).click();
        save();
        assertThat(users.as("instructor", () -> editing.load(q.id())).spec().content().stem()).isEqualTo("My stem");
    }

    @Test
    void loading_their_version_after_a_conflict_replaces_the_form() {
        String slug = freshCourse();
        long courseId = courseId(slug);
        EditableQuestion q = users.as("instructor", () -> editing.create(courseId, new QuestionSpec("q-theirs", null,
                new QuestionContent(QuestionType.ESSAY, "Explain the bridge's purpose.", List.of(), "Trade.", null),
                List.of("c01"), null, List.of(), Difficulty.HARD, QuestionStatus.DRAFT)));
        navigate("course/" + slug + "/bank/" + q.id() + "/edit", QuestionEditorView.class);
        users.as("admin", () -> editing.changeStatus(q.id(), QuestionStatus.ARCHIVED));

        test(area("edit-stem")).setValue("Mine");
        save();
        test(find(Button.class).id("load-theirs")).click();

        assertThat(area("edit-stem").getValue()).isEqualTo("Explain the bridge's purpose.");
        assertThat(this.<QuestionStatus>select("edit-status").getValue()).isEqualTo(QuestionStatus.ARCHIVED);
        assertThat(find(Div.class).withId("edit-conflict").exists()).isFalse();
    }

    @Test
    void every_type_opens_an_answer_editor_and_a_preview() {
        String slug = freshCourse();
        navigate("course/" + slug + "/bank/new", QuestionEditorView.class);
        for (QuestionType t : QuestionType.values()) {
            type(QuestionWords.type(t));
            test(area("edit-stem")).setValue("Stem of " + t + " {1}");
            assertThat(find(Div.class).id("edit-answers").getChildren()).hasSize(1);
            assertThat(previewText()).contains("Stem of " + t);
        }
    }

    @Test
    void the_bank_archives_duplicates_and_filters_by_category() {
        String slug = freshCourse();
        navigate("course/" + slug + "/bank", BankView.class);
        rowAction("q1", "duplicate-q1");
        rowAction("q2", "archive-q2");

        assertThat(bank(slug)).filteredOn(q -> q.spec().key().equals("q1-copy")).singleElement()
                .satisfies(q -> assertThat(q.spec().status()).isEqualTo(QuestionStatus.DRAFT));
        assertThat(bank(slug)).filteredOn(q -> q.spec().key().equals("q2")).singleElement()
                .satisfies(q -> assertThat(q.spec().status()).isEqualTo(QuestionStatus.ARCHIVED));
        test(this.<String>select("bank-category")).selectItem("Lesson 1");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<EditableQuestion>) find(com.vaadin.flow.component.grid.Grid.class).id("bank-grid");
        assertThat(grid.getGenericDataView().getItems().map(e -> e.spec().key()).toList()).containsExactlyInAnyOrder("q1", "q1-copy");
        this.<String>select("bank-category").clear();
        rowAction("q2", "restore-q2");
        assertThat(bank(slug)).filteredOn(q -> q.spec().key().equals("q2")).singleElement()
                .satisfies(q -> assertThat(q.spec().status()).isEqualTo(QuestionStatus.DRAFT));
    }
}
