package org.sourcewise.quizzes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.StudentQuestion;

/**
 * The answer controls mark the course's words with the course's language (here German, on an English
 * page and on a German one) and leave the app's own words (labels, True and False) in the page's: no
 * control as a whole carries the course's lang, for a screen reader would then read the app's words in
 * the course's language.
 */
class AnswerInputTest extends BrowserlessTest {

    private static final String COURSE = "de";

    private static StudentQuestion question(QuestionType type, String stem, List<String> choices) {
        return new StudentQuestion(1, type, stem, 1, choices, null, null, null, null);
    }

    private Component show(StudentQuestion q) {
        Component input = AnswerInput.of(q, List.of(), values -> {
        }, COURSE);
        UI.getCurrent().add(input);
        return input;
    }

    /** The lang of the nearest element, {@code element} included, that says one; null when none does. */
    static String langOf(Element element) {
        for (Element e = element; e != null; e = e.getParent()) {
            if (e.hasAttribute("lang")) {
                return e.getAttribute("lang");
            }
        }
        return null;
    }

    private static List<Element> all(Element root) {
        List<Element> found = new ArrayList<>();
        found.add(root);
        root.getChildren().filter(c -> !c.isTextNode()).forEach(c -> found.addAll(all(c)));
        return found;
    }

    @Test
    void a_choice_questions_options_carry_the_course_language_and_the_group_with_its_aria_label_does_not() {
        Component input = show(question(QuestionType.SINGLE_CHOICE, "Stamm", List.of("Erste", "**Zweite**")));

        assertThat(langOf(input.getElement())).isNull();
        assertThat(((RadioButtonGroup<?>) input).getAriaLabel()).contains("Choose one answer");
        List<Html> options = find(Html.class, input).all();
        assertThat(options).hasSize(2).allSatisfy(o -> assertThat(o.getElement().getAttribute("lang")).isEqualTo(COURSE));
        assertThat(options.get(1).getInnerHtml()).contains("<strong>Zweite</strong>");
    }

    @Test
    void true_and_false_are_the_pages_words_and_sit_in_no_element_with_the_course_language() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        Component input = show(question(QuestionType.TRUE_FALSE, "Stamm", List.of("True", "False")));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> group = (RadioButtonGroup<String>) input;
        assertThat(group.getListDataView().getItems().map(group.getItemLabelGenerator()::apply)).containsExactly("Wahr", "Falsch");
        assertThat(all(input.getElement())).allSatisfy(e -> assertThat(langOf(e)).isNull());
    }

    @Test
    void a_typed_answers_label_is_the_pages_words_outside_the_course_language() {
        Component input = show(question(QuestionType.SHORT_ANSWER, "Stamm", null));

        assertThat(((TextField) input).getLabel()).isEqualTo("Your answer");
        assertThat(langOf(input.getElement())).isNull();
    }

    @Test
    void matching_prompts_and_values_carry_the_course_language_and_the_fields_words_do_not() {
        StudentQuestion q = new StudentQuestion(1, QuestionType.MATCHING, "Ordnen Sie zu", 1, null,
                List.of("Russland", "China"), List.of("erster", "zweiter"), null, null);
        Component input = show(q);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        List<Select> selects = find(Select.class, input).all();
        assertThat(selects).hasSize(2).allSatisfy(s -> {
            assertThat(langOf(s.getElement())).as("the field, with its placeholder and None").isNull();
            assertThat(s.getPlaceholder()).isEqualTo("Choose…");
        });
        List<NativeLabel> prompts = find(NativeLabel.class, input).all();
        assertThat(prompts).extracting(NativeLabel::getText).containsExactly("Russland", "China");
        assertThat(prompts).allSatisfy(p -> {
            assertThat(p.getElement().getAttribute("slot")).isEqualTo("label");
            assertThat(p.getElement().getAttribute("lang")).isEqualTo(COURSE);
        });
        // each list's values, drawn as spans in its items
        List<Element> values = all(selects.getFirst().getElement()).stream().filter(e -> e.getTag().equals("span")).toList();
        assertThat(values).extracting(Element::getText).containsExactly("erster", "zweiter");
        assertThat(values).allSatisfy(v -> assertThat(v.getAttribute("lang")).isEqualTo(COURSE));
    }

    @Test
    void ordering_items_and_cloze_text_carry_the_course_language_and_their_hint_and_blanks_do_not() {
        Component ordering = show(new StudentQuestion(1, QuestionType.ORDERING, "Ordnen", 1, null, null, null,
                List.of("zuerst", "danach"), null));
        assertThat(langOf(ordering.getElement())).isNull();
        assertThat(find(Html.class, ordering).all()).extracting(h -> h.getElement().getAttribute("lang")).containsExactly(COURSE, COURSE);
        Span hint = find(Span.class, ordering).withClassName("muted").single();
        assertThat(langOf(hint.getElement())).isNull();

        Component cloze = show(new StudentQuestion(2, QuestionType.CLOZE, "Die Hauptstadt ist {1}, nicht {2}.", 1, null, null, null,
                null, Arrays.asList(List.of("Moskau", "Kiew"), null)));
        assertThat(langOf(cloze.getElement())).isNull();
        List<Span> pieces = cloze.getChildren().filter(Span.class::isInstance).map(Span.class::cast).toList();
        assertThat(pieces).extracting(Span::getText).containsExactly("Die Hauptstadt ist ", ", nicht ", ".");
        assertThat(pieces).allSatisfy(p -> assertThat(p.getElement().getAttribute("lang")).isEqualTo(COURSE));
        assertThat(langOf(find(Select.class, cloze).single().getElement())).isNull();
        assertThat(langOf(find(TextField.class, cloze).single().getElement())).isNull();
    }
}
