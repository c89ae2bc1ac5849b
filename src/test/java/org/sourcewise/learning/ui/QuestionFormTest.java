package org.sourcewise.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcewise.learning.StudentQuestion;
import org.sourcewise.questions.QuestionType;

/** The question form reads each type's answer back in display terms. */
class QuestionFormTest extends BrowserlessTest {

    /** The lang of the nearest element, {@code element} included, that says one; null when none does. */
    private static String langOf(Element element) {
        for (Element e = element; e != null; e = e.getParent()) {
            if (e.hasAttribute("lang")) {
                return e.getAttribute("lang");
            }
        }
        return null;
    }

    private static StudentQuestion question(QuestionType type, List<String> choices, List<String> prompts,
                                            List<StudentQuestion.Blank> blanks) {
        return new StudentQuestion(1, "k", type, "Stem {1} and {2}", choices, prompts, blanks);
    }

    private QuestionForm show(StudentQuestion q) {
        QuestionForm form = new QuestionForm(q, "de");
        UI.getCurrent().add(form);
        return form;
    }

    @Test
    void single_choice_gives_the_display_index_of_the_pick() {
        QuestionForm form = show(question(QuestionType.SINGLE_CHOICE, List.of("B", "A", "C"), List.of(), List.of()));
        assertThat(form.answer().isBlank()).isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> group = find(RadioButtonGroup.class, form).single();
        test(group).selectItem("C");
        assertThat(form.answer().values()).containsExactly("2");

        form.showRightChoices(List.of(1));
        assertThat(group.getItemLabelGenerator().apply(1)).isEqualTo("A  ✓");
        form.lock();
        assertThat(group.isReadOnly()).isTrue();
    }

    @Test
    void the_stem_and_options_carry_the_course_language_and_the_forms_own_label_does_not() {
        QuestionForm form = show(question(QuestionType.SINGLE_CHOICE, List.of("Erste", "Zweite"), List.of(), List.of()));

        assertThat(langOf(form.getElement())).isNull();
        assertThat(find(Html.class, form).withClassName("question-stem").single().getElement().getAttribute("lang")).isEqualTo("de");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> group = find(RadioButtonGroup.class, form).single();
        assertThat(group.getLabel()).isEqualTo("Choose one answer");
        assertThat(langOf(group.getElement())).isNull();
        List<Html> options = find(Html.class, group).all();
        assertThat(options).hasSize(2).allSatisfy(o -> assertThat(o.getElement().getAttribute("lang")).isEqualTo("de"));

        form.showRightChoices(List.of(0)); // the options drawn again with the tick keep their language
        assertThat(find(Html.class, group).all()).hasSize(2).allSatisfy(o -> assertThat(o.getElement().getAttribute("lang")).isEqualTo("de"));
    }

    @Test
    void true_and_false_are_said_in_the_pages_language_not_as_stored() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        QuestionForm form = show(question(QuestionType.TRUE_FALSE, List.of("True", "False"), List.of(), List.of()));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> group = find(RadioButtonGroup.class, form).single();

        assertThat(List.of(0, 1)).extracting(group.getItemLabelGenerator()::apply).containsExactly("Wahr", "Falsch");
        assertThat(Texts.of(group)).contains("Wahr", "Falsch").doesNotContain("True", "False");
        assertThat(find(Span.class, group).all()).allSatisfy(s -> assertThat(langOf(s.getElement())).as("the app's words").isNull());

        test(group).selectItem("Falsch");
        assertThat(form.answer().values()).containsExactly("1");
        form.showRightChoices(List.of(1));
        assertThat(Texts.of(group)).contains("Wahr", "Falsch  ✓").doesNotContain("True", "False");
    }

    @Test
    void multiple_response_gives_every_pick_in_order() {
        QuestionForm form = show(question(QuestionType.MULTIPLE_RESPONSE, List.of("x", "y", "z"), List.of(), List.of()));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> group = find(CheckboxGroup.class, form).single();
        // the tester finds checkboxes by label text, which a rendered (formatted) label does not give it
        group.setValue(java.util.Set.of(2, 0));
        assertThat(form.answer().values()).containsExactly("0", "2");
    }

    @Test
    void typed_answers_come_back_as_typed_with_a_number_keyboard_for_numeric() {
        QuestionForm form = show(question(QuestionType.NUMERIC, List.of(), List.of(), List.of()));
        TextField field = find(TextField.class, form).single();
        test(field).setValue("10,000");
        assertThat(form.answer().values()).containsExactly("10,000");
        assertThat(field.getElement().getAttribute("inputmode")).isEqualTo("decimal");
    }

    @Test
    void matching_gives_the_chosen_right_hand_text_per_prompt_and_blank_for_none() {
        QuestionForm form = show(question(QuestionType.MATCHING, List.of("First", "Second", "Decoy"), List.of("Russia", "China"),
                List.of()));
        List<Select> selects = find(Select.class, form).all();
        // the prompts are the course's words: labels of their own that carry its language
        assertThat(find(NativeLabel.class, form).all()).extracting(NativeLabel::getText).containsExactly("Russia", "China");
        assertThat(find(NativeLabel.class, form).all()).allSatisfy(l -> assertThat(l.getElement().getAttribute("lang")).isEqualTo("de"));
        assertThat(selects).allSatisfy(s -> assertThat(langOf(s.getElement())).isNull());
        @SuppressWarnings("unchecked")
        Select<String> second = selects.get(1);
        test(second).selectItem("First");
        assertThat(form.answer().values()).containsExactly("", "First");
    }

    @Test
    void ordering_moves_items_with_buttons_and_gives_the_new_order() {
        QuestionForm form = show(question(QuestionType.ORDERING, List.of("c", "a", "b"), List.of(), List.of()));
        assertThat(form.answer().values()).containsExactly("0", "1", "2");

        test(find(Button.class, form).withAriaLabel("Move up: a").single()).click();
        assertThat(form.answer().values()).containsExactly("1", "0", "2");
        test(find(Button.class, form).withAriaLabel("Move down: c").single()).click();
        assertThat(form.answer().values()).containsExactly("1", "2", "0");
        assertThat(find(Span.class, form).withClassName("qf-ordering-text").all()).extracting(Span::getText)
                .containsExactly("a", "b", "c");
        assertThat(find(Span.class, form).withClassName("qf-ordering-text").all())
                .allSatisfy(t -> assertThat(t.getElement().getAttribute("lang")).isEqualTo("de"));
        assertThat(find(Button.class, form).withAriaLabel("Move up: a").single().isEnabled()).isFalse();
    }

    @Test
    void cloze_gives_one_value_per_blank_chosen_or_typed() {
        QuestionForm form = show(question(QuestionType.CLOZE, List.of(), List.of(),
                List.of(new StudentQuestion.Blank(1, List.of("KCNA", "TASS")), new StudentQuestion.Blank(2, List.of()))));
        @SuppressWarnings("unchecked")
        Select<String> first = find(Select.class, form).single();
        test(first).selectItem("KCNA");
        test(find(TextField.class, form).single()).setValue("Russia");
        assertThat(form.answer().values()).containsExactly("KCNA", "Russia");
        assertThat(Texts.of(form)).contains("<strong>(1) _____</strong>", "<strong>(2) _____</strong>").doesNotContain("{1}");
    }
}
