package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.sourcewise.base.ui.MarkdownText;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.StudentQuestion;

/**
 * The answering controls of a question as the attempt page shows them, for the preview: the same
 * components and layout, but answers live only in the page and are never sent anywhere.
 */
final class PreviewAnswer {

    private static final Pattern BLANK = Pattern.compile("\\{(\\d+)\\}");

    private PreviewAnswer() {
    }

    /** The question card: number, points, stem and controls. */
    static Div card(StudentQuestion q, int of) {
        Div card = new Div();
        card.addClassNames("card", "question-card");
        Span number = new Span("Question " + q.position() + " of " + of + " · " + BuilderWords.points(q.points()));
        number.addClassName("question-number");
        card.add(number);
        if (q.type() != QuestionType.CLOZE) {
            card.add(MarkdownText.of(q.stem(), "stem"));
        }
        card.add(input(q));
        return card;
    }

    static Component input(StudentQuestion q) {
        return switch (q.type()) {
            case SINGLE_CHOICE -> {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
                group.setAriaLabel("Choose one answer");
                group.setItems(IntStream.range(0, q.choices().size()).boxed().toList());
                group.setItemLabelGenerator(i -> q.choices().get(i));
                group.addThemeName("vertical");
                yield group;
            }
            case TRUE_FALSE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>();
                group.setAriaLabel("True or false");
                group.setItems("true", "false");
                group.setItemLabelGenerator(v -> v.equals("true") ? "True" : "False");
                yield group;
            }
            case MULTIPLE_RESPONSE -> {
                CheckboxGroup<Integer> group = new CheckboxGroup<>();
                group.setAriaLabel("Choose all that apply");
                group.setHelperText("Choose all that apply.");
                group.setItems(IntStream.range(0, q.choices().size()).boxed().toList());
                group.setItemLabelGenerator(i -> q.choices().get(i));
                group.addThemeName("vertical");
                yield group;
            }
            case SHORT_ANSWER, NUMERIC -> {
                TextField field = new TextField(q.type() == QuestionType.NUMERIC ? "Your answer (a number)" : "Your answer");
                field.setWidthFull();
                field.setMaxWidth("24rem");
                yield field;
            }
            case ESSAY -> {
                TextArea area = new TextArea("Your answer");
                area.setWidthFull();
                area.setMinHeight("8rem");
                yield area;
            }
            case MATCHING -> {
                Div grid = new Div();
                grid.addClassName("matching");
                for (String left : q.matchLefts()) {
                    Select<String> select = new Select<>();
                    select.setLabel(left);
                    select.setItems(q.matchRights());
                    select.setPlaceholder("Choose…");
                    select.setWidthFull();
                    grid.add(select);
                }
                yield grid;
            }
            case ORDERING -> {
                Div list = new Div();
                list.addClassName("ordering");
                list.getElement().setAttribute("role", "list");
                renderOrdering(new ArrayList<>(q.items()), list);
                yield list;
            }
            case CLOZE -> cloze(q);
        };
    }

    private static void renderOrdering(List<String> items, Div list) {
        list.removeAll();
        for (int i = 0; i < items.size(); i++) {
            int at = i;
            Div row = new Div();
            row.addClassName("ordering-item");
            row.getElement().setAttribute("role", "listitem");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                Collections.swap(items, at, at - 1);
                renderOrdering(items, list);
            });
            up.setAriaLabel("Move \"" + items.get(i) + "\" up");
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                Collections.swap(items, at, at + 1);
                renderOrdering(items, list);
            });
            down.setAriaLabel("Move \"" + items.get(i) + "\" down");
            down.setEnabled(i < items.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
            row.add(new Span((i + 1) + ". " + items.get(i)), up, down);
            list.add(row);
        }
    }

    private static Component cloze(StudentQuestion q) {
        Div text = new Div();
        text.addClassName("cloze");
        Matcher m = BLANK.matcher(q.stem());
        int last = 0;
        while (m.find()) {
            text.add(new Span(MarkdownText.plain(q.stem().substring(last, m.start()))));
            int blank = Integer.parseInt(m.group(1));
            List<String> choices = q.blankChoices() != null && blank - 1 < q.blankChoices().size() ? q.blankChoices().get(blank - 1) : null;
            if (choices != null) {
                Select<String> select = new Select<>();
                select.setItems(choices);
                select.setPlaceholder("choose");
                select.setAriaLabel("Blank " + blank);
                text.add(select);
            } else {
                TextField field = new TextField();
                field.setAriaLabel("Blank " + blank);
                field.addClassName("blank");
                text.add(field);
            }
            last = m.end();
        }
        text.add(new Span(MarkdownText.plain(q.stem().substring(last))));
        return text;
    }
}
