package org.sourcewise.questions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sourcewise.base.ui.MarkdownText;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionType;

/**
 * A bank question for its author: first as a student would see it (read-only, nothing answered),
 * then what the student does not see before submission: the answer key, feedback and explanation.
 */
final class QuestionPreview extends Div {

    private static final Pattern BLANK = Pattern.compile("\\{(\\d+)\\}");

    QuestionPreview(QuestionSpec spec) {
        this(spec, false);
    }

    /**
     * @param titled whether the question's title heads the preview (as an h2): where no heading of the
     *               page's comes between the page's h1 and the preview's "Answer key" (h3), as in the bank
     */
    QuestionPreview(QuestionSpec spec, boolean titled) {
        addClassNames("card", "question-preview");
        setId("question-preview");
        QuestionContent q = spec.content();
        Div head = new Div();
        head.addClassName("card-top");
        String titleText = spec.title() == null || spec.title().isBlank() ? spec.key() : spec.title();
        HtmlContainer title = titled ? new H2(titleText) : new Span(titleText);
        title.addClassName("card-title");
        Span key = new Span(spec.key());
        key.addClassNames("mono", "muted");
        head.add(title, key);
        add(head);

        Div student = new Div();
        student.addClassName("as-student");
        Span label = new Span(getTranslation("questions.preview.as-student"));
        label.addClassName("preview-label");
        student.add(label);
        if (q.type() != QuestionType.CLOZE) {
            student.add(MarkdownText.of(q.stem(), "stem"));
        }
        student.add(answerArea(q));
        add(student);

        add(new H3(getTranslation("questions.preview.answer-key")));
        add(labelled(getTranslation("questions.preview.key"), answerKey(q)));
        String feedback = q.options().stream().filter(o -> o.feedback() != null && !o.feedback().isBlank())
                .map(o -> getTranslation("questions.preview.feedback-on", describe(q.type(), o), o.feedback()))
                .collect(Collectors.joining("\n"));
        if (!feedback.isEmpty()) {
            add(labelled(getTranslation("questions.preview.feedback"), feedback));
        }
        add(labelled(getTranslation("questions.field.explanation"), q.explanation() == null || q.explanation().isBlank()
                ? getTranslation("questions.preview.none") : q.explanation()));
        if (q.generalFeedback() != null && !q.generalFeedback().isBlank()) {
            add(labelled(getTranslation("questions.field.general-feedback"), q.generalFeedback()));
        }
    }

    /**
     * An option's text, or a stand-in while it is not written yet: a radio button or box without a
     * label is announced as nothing at all (WCAG 4.1.2), and two empty ones were one item.
     */
    private static String optionLabel(QuestionType type, List<Option> options, int i) {
        String text = options.get(i).text();
        return text == null || text.isBlank() ? Words.of("questions.preview.option-unwritten", i + 1) : shown(type, text);
    }

    /**
     * An option's text as shown: a true/false question's options are always the words True and False
     * (the validator holds them to it), so they are said in the page's language; any other text is the
     * author's and shown as written.
     */
    private static String shown(QuestionType type, String text) {
        if (type == QuestionType.TRUE_FALSE && "true".equalsIgnoreCase(text.strip())) {
            return Words.of("questions.answers.true");
        }
        if (type == QuestionType.TRUE_FALSE && "false".equalsIgnoreCase(text.strip())) {
            return Words.of("questions.answers.false");
        }
        return text;
    }

    private static Component answerArea(QuestionContent q) {
        List<Option> options = q.options();
        Component area = switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
                group.setItems(IntStream.range(0, options.size()).boxed().toList());
                group.setItemLabelGenerator(i -> optionLabel(q.type(), options, i));
                group.addThemeName("vertical");
                group.setReadOnly(true);
                yield group;
            }
            case MULTIPLE_RESPONSE -> {
                CheckboxGroup<Integer> group = new CheckboxGroup<>();
                group.setItems(IntStream.range(0, options.size()).boxed().toList());
                group.setItemLabelGenerator(i -> optionLabel(q.type(), options, i));
                group.addThemeName("vertical");
                group.setReadOnly(true);
                yield group;
            }
            case SHORT_ANSWER, NUMERIC -> {
                TextField field = new TextField(q.type() == QuestionType.NUMERIC ? Words.of("questions.preview.your-number")
                        : Words.of("questions.preview.your-answer"));
                field.setReadOnly(true);
                yield field;
            }
            case ESSAY -> {
                TextArea area2 = new TextArea(Words.of("questions.preview.your-answer"));
                area2.setWidthFull();
                area2.setReadOnly(true);
                yield area2;
            }
            case MATCHING -> {
                Div grid = new Div();
                grid.addClassName("matching");
                List<String> rights = options.stream().map(Option::match).filter(m -> m != null).distinct()
                        .sorted(Comparator.comparing(String::toLowerCase)).toList();
                options.stream().filter(o -> o.text() != null && o.match() != null).forEach(o -> {
                    Select<String> select = new Select<>();
                    select.setLabel(o.text());
                    select.setItems(rights);
                    select.setPlaceholder(Words.of("questions.preview.choose"));
                    select.setReadOnly(true);
                    grid.add(select);
                });
                yield grid;
            }
            case ORDERING -> {
                Div list = new Div();
                list.addClassName("ordering");
                Span hint = new Span(Words.of("questions.preview.ordering-hint"));
                hint.addClassName("muted");
                list.add(hint);
                options.stream().map(Option::text).sorted(Comparator.comparing(String::toLowerCase)).forEach(text -> {
                    Div row = new Div(new Span(text));
                    row.addClassName("ordering-item");
                    list.add(row);
                });
                yield list;
            }
            case CLOZE -> cloze(q);
        };
        Div wrapper = new Div(area);
        wrapper.addClassName("preview-answer");
        return wrapper;
    }

    private static Component cloze(QuestionContent q) {
        Div text = new Div();
        text.addClassName("cloze");
        String stem = q.stem() == null ? "" : q.stem();
        Matcher m = BLANK.matcher(stem);
        int last = 0;
        while (m.find()) {
            text.add(new Span(MarkdownText.plain(stem.substring(last, m.start()))));
            int blank = m.group(1).length() > 6 ? -1 : Integer.parseInt(m.group(1)); // a mark no blank can have
            List<Option> answers = q.options().stream().filter(o -> Integer.valueOf(blank).equals(o.blank())).toList();
            if (answers.stream().anyMatch(o -> o.weight() <= 0)) {
                Select<String> select = new Select<>();
                select.setItems(answers.stream().map(Option::text).distinct().sorted(Comparator.comparing(String::toLowerCase)).toList());
                select.setPlaceholder(Words.of("questions.preview.choose-blank"));
                select.setReadOnly(true);
                text.add(select);
            } else {
                TextField field = new TextField();
                field.setAriaLabel(Words.of("questions.preview.blank", Integer.toString(blank)));
                field.setReadOnly(true);
                text.add(field);
            }
            last = m.end();
        }
        text.add(new Span(MarkdownText.plain(stem.substring(last))));
        return text;
    }

    /** The key in words; weights other than full marks are shown as percentages. */
    static String answerKey(QuestionContent q) {
        List<Option> options = q.options();
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, SHORT_ANSWER, NUMERIC -> options.stream()
                    .filter(o -> o.weight() != 0).map(o -> describe(q.type(), o) + credit(o)).collect(Collectors.joining("\n"));
            case MATCHING -> options.stream().map(o -> o.text() == null ? Words.of("questions.preview.distractor", String.valueOf(o.match()))
                    : o.text() + " → " + o.match()).collect(Collectors.joining("\n"));
            case ORDERING -> IntStream.range(0, options.size()).mapToObj(i -> (i + 1) + ". " + options.get(i).text())
                    .collect(Collectors.joining("\n"));
            case CLOZE -> IntStream.rangeClosed(1, q.blankCount()).mapToObj(b -> "{" + b + "} " + options.stream()
                    .filter(o -> Integer.valueOf(b).equals(o.blank()) && o.weight() != 0).map(o -> o.text() + credit(o))
                    .collect(Collectors.joining(" " + Words.of("questions.preview.or") + " "))).collect(Collectors.joining("\n"));
            case ESSAY -> Words.of("questions.preview.by-hand");
        };
    }

    private static String describe(QuestionType type, Option o) {
        if (o.value() != null) {
            String value = number(o.value());
            return o.tolerance() != null && o.tolerance() > 0 ? value + " ± " + number(o.tolerance()) : value;
        }
        return o.text() != null ? shown(type, o.text()) : String.valueOf(o.match());
    }

    private static String credit(Option o) {
        return o.weight() >= 1 - 1e-9 ? "" : " " + Words.of("questions.preview.credit", number(o.weight() * 100));
    }

    /** A number as the page's language writes it, without grouping, with every decimal it has. */
    private static String number(double d) {
        NumberFormat format = NumberFormat.getInstance(Words.locale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(10);
        return format.format(d);
    }

    private static Div labelled(String label, String value) {
        Span l = new Span(label);
        l.addClassName("label");
        Div row = new Div(l, new Span(value));
        row.addClassName("labelled");
        return row;
    }
}
