package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.sourcewise.base.ui.CourseText;
import org.sourcewise.base.ui.MarkdownText;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.quizzes.AnswerService;
import org.sourcewise.quizzes.scoring.NumberInput;
import org.sourcewise.quizzes.StudentQuestion;

/**
 * The answering controls of every question type, as a student sees them: on the attempt page, where
 * each change is saved, and in an instructor's preview, where it goes nowhere. Built from
 * {@link StudentQuestion}, which holds no answer key. The first control of a question has the id
 * {@code answer}, which the load benchmark and tests find it by. The course's words in them (options,
 * matching prompts and values, ordering items, cloze text) carry the course's language; the app's own
 * (labels, hints, True and False) the page's, so no control as a whole is marked with the course's.
 */
final class AnswerInput {

    /** How long typing must pause before a text answer is sent: one save per pause, not per keystroke. */
    static final int TYPING_PAUSE_MILLIS = 400;

    private static final Pattern BLANK = Pattern.compile("\\{(\\d+)\\}");

    private AnswerInput() {
    }

    /**
     * The controls for a question, showing {@code saved} and calling {@code onChange} with the new
     * display values whenever the student changes the answer; {@code courseLanguage} is the lang of the
     * course's words among them.
     */
    static Component of(StudentQuestion q, List<String> saved, Consumer<List<String>> onChange, String courseLanguage) {
        return switch (q.type()) {
            case SINGLE_CHOICE -> {
                List<String> choices = Objects.requireNonNull(q.choices()); // a choice question has them
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
                group.setAriaLabel(Words.of("quizzes.answer.choose-one"));
                group.setItems(IntStream.range(0, choices.size()).boxed().toList());
                group.setItemLabelGenerator(choices::get);
                // options carry the stems' inline Markdown (an imported <b> is **bold**): shown formatted, escaped
                group.setRenderer(new ComponentRenderer<>(i -> CourseText.in(courseLanguage, MarkdownText.inline(choices.get(i), ""))));
                group.addThemeName("vertical");
                first(saved).ifPresent(v -> group.setValue(Integer.valueOf(v)));
                group.addValueChangeListener(e -> onChange.accept(e.getValue() == null ? List.of() : List.of(String.valueOf(e.getValue()))));
                group.setId("answer");
                yield group;
            }
            case TRUE_FALSE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>();
                group.setAriaLabel(Words.of("quizzes.answer.true-or-false"));
                group.setItems("true", "false");
                group.setItemLabelGenerator(v -> v.equals("true") ? Words.of("quizzes.answer.true") : Words.of("quizzes.answer.false"));
                first(saved).ifPresent(group::setValue);
                group.addValueChangeListener(e -> onChange.accept(e.getValue() == null ? List.of() : List.of(e.getValue())));
                group.setId("answer");
                yield group;
            }
            case MULTIPLE_RESPONSE -> {
                List<String> choices = Objects.requireNonNull(q.choices());
                CheckboxGroup<Integer> group = new CheckboxGroup<>();
                group.setAriaLabel(Words.of("quizzes.answer.choose-all"));
                group.setHelperText(Words.of("quizzes.answer.choose-all-help"));
                group.setItems(IntStream.range(0, choices.size()).boxed().toList());
                group.setItemLabelGenerator(choices::get);
                group.setRenderer(new ComponentRenderer<>(i -> CourseText.in(courseLanguage, MarkdownText.inline(choices.get(i), ""))));
                group.addThemeName("vertical");
                group.setValue(saved.stream().filter(v -> !v.isBlank()).map(Integer::valueOf).collect(java.util.stream.Collectors.toSet()));
                group.addValueChangeListener(e -> onChange.accept(e.getValue().stream().sorted().map(String::valueOf).toList()));
                group.setId("answer");
                yield group;
            }
            case SHORT_ANSWER, NUMERIC -> {
                TextField field = new TextField(q.type() == org.sourcewise.questions.QuestionType.NUMERIC
                        ? Words.of("quizzes.answer.your-number") : Words.of("quizzes.answer.yours"));
                field.setWidthFull();
                field.setMaxWidth("24rem");
                if (q.type() == org.sourcewise.questions.QuestionType.NUMERIC) {
                    field.getElement().setAttribute("inputmode", "decimal");
                }
                first(saved).ifPresent(field::setValue);
                // saved when typing pauses, on leaving the field, and before any click (Vaadin sends a pending
                // value ahead of the next event), so one save per pause instead of one per keystroke
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
                if (q.type() == org.sourcewise.questions.QuestionType.NUMERIC) {
                    // only a number is saved; what is not one yet (a half-typed "3.") says so once the field is left
                    field.setErrorMessage(Words.of(AnswerService.NOT_A_NUMBER_WORDS));
                    field.addValueChangeListener(e -> {
                        boolean number = e.getValue().isBlank() || NumberInput.parse(e.getValue()).isPresent();
                        if (number) {
                            field.setInvalid(false);
                            onChange.accept(List.of(e.getValue()));
                        }
                    });
                    field.addBlurListener(e -> field.setInvalid(!field.getValue().isBlank() && NumberInput.parse(field.getValue()).isEmpty()));
                } else {
                    field.addValueChangeListener(e -> onChange.accept(List.of(e.getValue())));
                }
                field.setId("answer");
                yield field;
            }
            case ESSAY -> {
                TextArea area = new TextArea(Words.of("quizzes.answer.yours"));
                area.setWidthFull();
                area.setMinHeight("12rem");
                first(saved).ifPresent(area::setValue);
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
                area.addValueChangeListener(e -> onChange.accept(List.of(e.getValue())));
                area.setId("answer");
                yield area;
            }
            case MATCHING -> matching(q, saved, onChange, courseLanguage);
            case ORDERING -> ordering(q, saved, onChange, courseLanguage);
            case CLOZE -> cloze(q, saved, onChange, courseLanguage);
        };
    }

    private static Component matching(StudentQuestion q, List<String> saved, Consumer<List<String>> onChange, String courseLanguage) {
        Div grid = new Div();
        grid.addClassName("matching");
        List<Select<String>> selects = new ArrayList<>();
        List<String> lefts = Objects.requireNonNull(q.matchLefts());
        List<String> rights = Objects.requireNonNull(q.matchRights());
        for (int i = 0; i < lefts.size(); i++) {
            Select<String> select = new Select<>();
            CourseText.label(select, lefts.get(i), courseLanguage);
            select.setItems(rights);
            select.setRenderer(courseWords(courseLanguage));
            select.setPlaceholder(Words.of("quizzes.answer.choose"));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(Words.of("quizzes.answer.none"));
            select.setWidthFull();
            if (i < saved.size() && !saved.get(i).isBlank() && rights.contains(saved.get(i))) {
                select.setValue(saved.get(i));
            }
            if (i == 0) {
                select.setId("answer");
            }
            selects.add(select);
            grid.add(select);
        }
        selects.forEach(s -> s.addValueChangeListener(e ->
                onChange.accept(selects.stream().map(x -> x.getValue() == null ? "" : x.getValue()).toList())));
        return grid;
    }

    private static Component ordering(StudentQuestion q, List<String> saved, Consumer<List<String>> onChange, String courseLanguage) {
        List<Integer> order = new ArrayList<>();
        List<String> items = Objects.requireNonNull(q.items());
        if (saved.size() == items.size()) {
            saved.forEach(v -> order.add(Integer.valueOf(v)));
        } else {
            IntStream.range(0, items.size()).forEach(order::add);
        }
        Div list = new Div();
        list.addClassName("ordering");
        list.getElement().setAttribute("role", "list");
        renderOrdering(q, order, list, saved.size() == items.size(), onChange, courseLanguage);
        return list;
    }

    private static void renderOrdering(StudentQuestion q, List<Integer> order, Div list, boolean answered, Consumer<List<String>> onChange,
                                       String courseLanguage) {
        list.removeAll();
        Span hint = new Span(answered ? Words.of("quizzes.answer.order-saved") : Words.of("quizzes.answer.order-hint"));
        hint.addClassName("muted");
        list.add(hint);
        for (int i = 0; i < order.size(); i++) {
            int at = i;
            String text = Objects.requireNonNull(q.items()).get(order.get(i));
            Div row = new Div();
            row.addClassName("ordering-item");
            row.getElement().setAttribute("role", "listitem");
            Span label = new Span(new Span((i + 1) + ". "), CourseText.in(courseLanguage, MarkdownText.inline(text, "")));
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                java.util.Collections.swap(order, at, at - 1);
                renderOrdering(q, order, list, true, onChange, courseLanguage);
                onChange.accept(order.stream().map(String::valueOf).toList());
            });
            up.setAriaLabel(Words.of("quizzes.answer.move-up", text));
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                java.util.Collections.swap(order, at, at + 1);
                renderOrdering(q, order, list, true, onChange, courseLanguage);
                onChange.accept(order.stream().map(String::valueOf).toList());
            });
            down.setAriaLabel(Words.of("quizzes.answer.move-down", text));
            down.setEnabled(i < order.size() - 1);
            if (i == 0) {
                down.setId("answer");
            }
            up.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            row.add(label, up, down);
            list.add(row);
        }
    }

    private static Component cloze(StudentQuestion q, List<String> saved, Consumer<List<String>> onChange, String courseLanguage) {
        Div text = new Div();
        text.addClassName("cloze");
        List<com.vaadin.flow.component.HasValue<?, String>> blanks = new ArrayList<>();
        Matcher m = BLANK.matcher(q.stem());
        int last = 0;
        while (m.find()) {
            text.add(CourseText.in(courseLanguage, new Span(MarkdownText.plain(q.stem().substring(last, m.start())))));
            int blank = Integer.parseInt(m.group(1));
            String value = blank - 1 < saved.size() ? saved.get(blank - 1) : "";
            List<@Nullable List<String>> blankChoices = Objects.requireNonNull(q.blankChoices());
            List<String> choices = blank - 1 < blankChoices.size() ? blankChoices.get(blank - 1) : null;
            if (choices != null) {
                Select<String> select = new Select<>();
                select.setItems(choices);
                select.setRenderer(courseWords(courseLanguage));
                select.setPlaceholder(Words.of("quizzes.answer.choose-blank"));
                select.setAriaLabel(Words.of("quizzes.answer.blank", blank));
                if (choices.contains(value)) {
                    select.setValue(value);
                }
                blanks.add(select);
                if (blanks.size() == 1) {
                    select.setId("answer");
                }
                text.add(select);
            } else {
                TextField field = new TextField();
                field.setAriaLabel(Words.of("quizzes.answer.blank", blank));
                field.setValue(value == null ? "" : value);
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
                field.addClassName("blank");
                blanks.add(field);
                if (blanks.size() == 1) {
                    field.setId("answer");
                }
                text.add(field);
            }
            last = m.end();
        }
        text.add(CourseText.in(courseLanguage, new Span(MarkdownText.plain(q.stem().substring(last)))));
        blanks.forEach(b -> b.addValueChangeListener(e ->
                onChange.accept(blanks.stream().map(x -> x.getValue() == null ? "" : x.getValue()).toList())));
        return text;
    }

    // a list's values are the course's words; the select shows the chosen one as its item, lang included
    private static ComponentRenderer<Span, String> courseWords(String courseLanguage) {
        return new ComponentRenderer<>(value -> CourseText.in(courseLanguage, new Span(value)));
    }

    private static java.util.Optional<String> first(List<String> values) {
        return values.isEmpty() || values.getFirst() == null || values.getFirst().isBlank()
                ? java.util.Optional.empty() : java.util.Optional.of(values.getFirst());
    }
}
