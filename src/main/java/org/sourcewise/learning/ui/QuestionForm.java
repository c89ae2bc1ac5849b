package org.sourcewise.learning.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.sourcewise.base.ui.CourseText;
import org.sourcewise.base.ui.MarkdownText;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.learning.StudentAnswer;
import org.sourcewise.learning.StudentQuestion;

/**
 * Asks one {@link StudentQuestion}: its stem and the fields to answer it with, for every type practice
 * and check-yourself can mark. Reads the answer back as a {@link StudentAnswer} in display terms. The
 * course's words (stem, options, prompts, items) carry the course's language; the app's words (labels,
 * True and False) the page's, so the form as a whole is not marked with the course's.
 */
class QuestionForm extends Div {

    private final StudentQuestion question;
    private final String courseLanguage;
    private final List<HasValue<?, ?>> fields = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();
    private final List<TextField> textFields = new ArrayList<>();
    private Supplier<StudentAnswer> reader = StudentAnswer::none;
    // each is there only for the question type that uses it
    private @Nullable RadioButtonGroup<Integer> radios;
    private @Nullable CheckboxGroup<Integer> checkboxes;

    /** @param courseLanguage the course's language (a BCP 47 tag), the lang of its words in the form */
    QuestionForm(StudentQuestion question, String courseLanguage) {
        this.question = question;
        this.courseLanguage = courseLanguage;
        addClassName("question-form");
        String stem = question.stem();
        if (question.type() == org.sourcewise.questions.QuestionType.CLOZE) {
            // blank n reads "(n) ____" in the text; its field below is labelled the same
            stem = stem.replaceAll("\\{(\\d+)}", "**($1) \\\\_\\\\_\\\\_\\\\_\\\\_**");
        }
        add(CourseText.in(courseLanguage, MarkdownText.of(stem, "question-stem")));
        switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> single();
            case MULTIPLE_RESPONSE -> multiple();
            case SHORT_ANSWER -> typed(Words.of("learning.question.your-answer"), false);
            case NUMERIC -> typed(Words.of("learning.question.your-number"), true);
            case MATCHING -> matching();
            case ORDERING -> ordering(IntStream.range(0, question.choices().size()).boxed().toList());
            case CLOZE -> cloze();
            case ESSAY -> add(new Span(Words.of("learning.question.essay")));
        }
    }

    StudentQuestion question() {
        return question;
    }

    StudentAnswer answer() {
        return reader.get();
    }

    /** Runs {@code action} when the student presses Enter in a text field (other fields use Enter themselves). */
    void onEnter(Runnable action) {
        textFields.forEach(f -> f.addKeyDownListener(Key.ENTER, e -> action.run()));
    }

    /** Puts the keyboard in the first answer field, so a question can be answered without the mouse. */
    void focusFirstField() {
        fields.stream().filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>).findFirst()
                .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
        if (fields.isEmpty()) {
            buttons.stream().filter(Button::isEnabled).findFirst().ifPresent(Button::focus);
        }
    }

    /** Stops further changes, after the answer has been marked. */
    void lock() {
        fields.forEach(f -> f.setReadOnly(true));
        buttons.forEach(b -> b.setEnabled(false));
    }

    /** Marks the right choices in the list ("✓"), for the choice types. */
    void showRightChoices(List<Integer> right) {
        if (right.isEmpty()) {
            return;
        }
        Set<Integer> rightSet = Set.copyOf(right);
        if (radios != null) {
            radios.setItemLabelGenerator(i -> label(i, rightSet));
            radios.setRenderer(renderer(rightSet));
        }
        if (checkboxes != null) {
            checkboxes.setItemLabelGenerator(i -> label(i, rightSet));
            checkboxes.setRenderer(renderer(rightSet));
        }
    }

    private String label(int i, Set<Integer> right) {
        return appWord(i).orElse(question.choices().get(i)) + (right.contains(i) ? "  ✓" : "");
    }

    // options carry the stems' inline Markdown (an imported <b> is **bold**): shown formatted, escaped, in
    // the course's language; a true/false question's True and False are the app's words, in the page's
    private ComponentRenderer<Component, Integer> renderer(Set<Integer> right) {
        return new ComponentRenderer<>(i -> appWord(i).<Component>map(word -> new Span(word + (right.contains(i) ? "  ✓" : "")))
                .orElseGet(() -> CourseText.in(courseLanguage, MarkdownText.inline(question.choices().get(i), right.contains(i) ? "  ✓" : ""))));
    }

    /**
     * The page's word for option {@code i} of a true/false question: its options are always the words
     * True and False (the validator holds them to it), so they are said in the page's language, as the
     * quiz page does. Empty for any other option, which is the author's text.
     */
    private java.util.Optional<String> appWord(int i) {
        if (question.type() != org.sourcewise.questions.QuestionType.TRUE_FALSE) {
            return java.util.Optional.empty();
        }
        String text = question.choices().get(i).strip();
        if (text.equalsIgnoreCase("true")) {
            return java.util.Optional.of(Words.of("learning.question.true"));
        }
        return text.equalsIgnoreCase("false") ? java.util.Optional.of(Words.of("learning.question.false")) : java.util.Optional.empty();
    }

    private void single() {
        RadioButtonGroup<Integer> radios = new RadioButtonGroup<>();
        this.radios = radios;
        radios.setLabel(Words.of("learning.question.choose-one"));
        radios.setItems(IntStream.range(0, question.choices().size()).boxed().toList());
        radios.setItemLabelGenerator(i -> label(i, Set.of()));
        radios.setRenderer(renderer(Set.of()));
        radios.addClassName("choices");
        add(radios);
        fields.add(radios);
        reader = () -> radios.getValue() == null ? StudentAnswer.none() : StudentAnswer.choice(radios.getValue());
    }

    private void multiple() {
        CheckboxGroup<Integer> checkboxes = new CheckboxGroup<>();
        this.checkboxes = checkboxes;
        checkboxes.setLabel(Words.of("learning.question.choose-all"));
        checkboxes.setItems(IntStream.range(0, question.choices().size()).boxed().toList());
        checkboxes.setItemLabelGenerator(i -> question.choices().get(i));
        checkboxes.setRenderer(renderer(Set.of()));
        checkboxes.addClassName("choices");
        add(checkboxes);
        fields.add(checkboxes);
        reader = () -> StudentAnswer.choices(checkboxes.getValue());
    }

    private void typed(String label, boolean number) {
        TextField field = new TextField(label);
        field.addClassName("answer-field");
        if (number) {
            field.getElement().setAttribute("inputmode", "decimal");
            field.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        }
        field.getElement().setAttribute("autocomplete", "off");
        add(field);
        fields.add(field);
        textFields.add(field);
        reader = () -> StudentAnswer.text(field.getValue());
    }

    private void matching() {
        Div rows = new Div();
        rows.addClassName("qf-matching");
        List<Select<String>> selects = new ArrayList<>();
        for (String prompt : question.prompts()) {
            Select<String> select = new Select<>();
            CourseText.label(select, prompt, courseLanguage);
            select.setItems(question.choices());
            select.setRenderer(courseWords());
            select.setPlaceholder(Words.of("learning.question.choose"));
            select.setEmptySelectionAllowed(false);
            select.addClassName("answer-field");
            rows.add(select);
            selects.add(select);
            fields.add(select);
        }
        add(rows);
        reader = () -> StudentAnswer.each(selects.stream().map(s -> s.getValue() == null ? "" : s.getValue()).toList());
    }

    private void ordering(List<Integer> initial) {
        List<Integer> order = new ArrayList<>(initial);
        Div list = new Div();
        list.addClassName("qf-ordering");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", Words.of("learning.question.ordering-aria"));
        add(list);
        renderOrdering(list, order, -1, false);
        reader = () -> StudentAnswer.order(order);
    }

    // redraws the ordering list; focuses the moved item's button so the keyboard stays where it was
    private void renderOrdering(Div list, List<Integer> order, int focusItem, boolean focusUp) {
        list.removeAll();
        buttons.clear();
        for (int position = 0; position < order.size(); position++) {
            int item = order.get(position);
            int at = position;
            Div row = new Div();
            row.addClassName("qf-ordering-row");
            row.getElement().setAttribute("role", "listitem");
            Span number = new Span((position + 1) + ".");
            number.addClassName("qf-ordering-number");
            Span text = CourseText.in(courseLanguage, new Span(question.choices().get(item)));
            text.addClassName("qf-ordering-text");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                move(order, at, -1);
                renderOrdering(list, order, item, true);
            });
            up.setAriaLabel(Words.of("learning.question.move-up", question.choices().get(item)));
            up.setEnabled(position > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                move(order, at, 1);
                renderOrdering(list, order, item, false);
            });
            down.setAriaLabel(Words.of("learning.question.move-down", question.choices().get(item)));
            down.setEnabled(position < order.size() - 1);
            for (Button b : List.of(up, down)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
                buttons.add(b);
            }
            Div moves = new Div(up, down);
            moves.addClassName("qf-ordering-moves");
            row.add(number, text, moves);
            list.add(row);
            if (item == focusItem) {
                Button target = focusUp ? (up.isEnabled() ? up : down) : (down.isEnabled() ? down : up);
                target.focus();
            }
        }
    }

    // a list's values are the course's words; the select shows the chosen one as its item, lang included
    private ComponentRenderer<Span, String> courseWords() {
        return new ComponentRenderer<>(value -> CourseText.in(courseLanguage, new Span(value)));
    }

    private static void move(List<Integer> order, int position, int by) {
        int to = position + by;
        if (to >= 0 && to < order.size()) {
            order.add(to, order.remove(position));
        }
    }

    private void cloze() {
        Div rows = new Div();
        rows.addClassName("qf-cloze");
        List<Supplier<String>> values = new ArrayList<>();
        for (StudentQuestion.Blank blank : question.blanks()) {
            String label = "(" + blank.number() + ")";
            if (blank.typed()) {
                TextField text = new TextField(label);
                text.getElement().setAttribute("autocomplete", "off");
                text.addClassName("answer-field");
                values.add(text::getValue);
                fields.add(text);
                textFields.add(text);
                rows.add(text);
            } else {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(blank.choices());
                select.setRenderer(courseWords());
                select.setPlaceholder(Words.of("learning.question.choose"));
                select.addClassName("answer-field");
                values.add(() -> select.getValue() == null ? "" : select.getValue());
                fields.add(select);
                rows.add(select);
            }
        }
        add(rows);
        reader = () -> StudentAnswer.each(values.stream().map(Supplier::get).toList());
    }
}
