package org.sourcewise.questions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.ui.AnswerRows.Col;
import org.sourcewise.questions.ui.AnswerRows.Correct;
import org.sourcewise.questions.ui.AnswerRows.Noun;

/**
 * The part of the question editor that depends on the type: options with correct flag, credit and
 * feedback; accepted answers; numbers with tolerance; matching pairs and distractors; ordering
 * items; cloze blanks; nothing for an essay. It turns what is typed into {@link Option}s the way
 * {@code QuestionContent} documents for each type.
 */
abstract class AnswerEditor extends Div {

    protected final Runnable onChange;

    AnswerEditor(Runnable onChange) {
        this.onChange = onChange;
        addClassName("answer-editor");
    }

    /** The answers as typed; typing that cannot become an option (a credit of 150%) is named in {@code problems}. */
    abstract List<Option> options(List<String> problems);

    /**
     * An editor for {@code type}, filled with {@code options} or, for null, a blank start.
     *
     * @param markBlank adds the mark of blank n to the stem (cloze)
     */
    static AnswerEditor of(QuestionType type, @Nullable List<Option> options, Runnable onChange, IntConsumer markBlank) {
        AnswerEditor editor = switch (type) {
            case SINGLE_CHOICE -> new Choices(onChange, Correct.ONE, Words.of("questions.answers.single-hint"));
            case MULTIPLE_RESPONSE -> new Choices(onChange, Correct.SPLIT, Words.of("questions.answers.multiple-hint"));
            case TRUE_FALSE -> new TrueFalse(onChange);
            case SHORT_ANSWER -> new Rows(onChange, new AnswerRows(EnumSet.of(Col.TEXT, Col.CREDIT, Col.FEEDBACK), Noun.ANSWER,
                    Words.of("questions.answers.accepted-answer"), null, null, 100, onChange),
                    Words.of("questions.answers.short-answer-hint"), 1, 0);
            case NUMERIC -> new Rows(onChange, new AnswerRows(EnumSet.of(Col.VALUE, Col.TOLERANCE, Col.CREDIT, Col.FEEDBACK),
                    Noun.ANSWER, Words.of("questions.answers.value"), null, null, 100, onChange),
                    Words.of("questions.answers.numeric-hint"), 1, 0);
            case MATCHING -> new Matching(onChange);
            case ORDERING -> new Rows(onChange, new AnswerRows(EnumSet.of(Col.TEXT, Col.MOVE), Noun.ITEM, Words.of("questions.answers.item"),
                    null, null, 100, onChange), Words.of("questions.answers.ordering-hint"), 3, 1);
            case CLOZE -> new Cloze(onChange, markBlank);
            case ESSAY -> new Essay(onChange);
        };
        editor.load(options);
        return editor;
    }

    abstract void load(@Nullable List<Option> options);

    protected static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassNames("muted", "editor-hint");
        return p;
    }

    /** Single choice and multiple response. */
    private static final class Choices extends AnswerEditor {
        private final AnswerRows rows;

        Choices(Runnable onChange, Correct rule, String hint) {
            super(onChange);
            rows = new AnswerRows(EnumSet.of(Col.TEXT, Col.CORRECT, Col.CREDIT, Col.FEEDBACK), Noun.OPTION,
                    getTranslation("questions.answers.option"), null, rule, 0, onChange);
            add(hint(hint), rows);
        }

        @Override
        void load(@Nullable List<Option> options) {
            if (options == null) {
                rows.addEmpty(4);
            } else {
                rows.load(options);
            }
        }

        @Override
        List<Option> options(List<String> problems) {
            return rows.options(null, 0, problems);
        }
    }

    /** A single list of rows: short answer, numeric, ordering. */
    private static final class Rows extends AnswerEditor {
        private final AnswerRows rows;
        private final int start;
        private final double weight;

        Rows(Runnable onChange, AnswerRows rows, String hint, int start, double weight) {
            super(onChange);
            this.rows = rows;
            this.start = start;
            this.weight = weight;
            add(hint(hint), rows);
        }

        @Override
        void load(@Nullable List<Option> options) {
            if (options == null) {
                rows.addEmpty(start);
            } else {
                rows.load(options);
            }
        }

        @Override
        List<Option> options(List<String> problems) {
            return rows.options(null, weight, problems);
        }
    }

    /** The options are always the texts True and False (the validator holds them to it); their labels are the page's words. */
    private static final class TrueFalse extends AnswerEditor {
        private static final String TRUE = "True"; // not shown: the option's stored text
        private static final String FALSE = "False"; // not shown: the option's stored text
        private final RadioButtonGroup<String> truth = new RadioButtonGroup<>(getTranslation("questions.answers.statement-is"));
        private final TextField ifTrue = new TextField(getTranslation("questions.answers.feedback-if-true"));
        private final TextField ifFalse = new TextField(getTranslation("questions.answers.feedback-if-false"));

        TrueFalse(Runnable onChange) {
            super(onChange);
            truth.setItems(TRUE, FALSE);
            truth.setItemLabelGenerator(t -> TRUE.equals(t) ? getTranslation("questions.answers.true") : getTranslation("questions.answers.false"));
            truth.setId("tf-truth");
            truth.addValueChangeListener(e -> onChange.run());
            for (TextField f : List.of(ifTrue, ifFalse)) {
                f.setPlaceholder(getTranslation("questions.answers.optional"));
                f.setWidthFull();
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> onChange.run());
            }
            add(truth, ifTrue, ifFalse);
        }

        @Override
        void load(@Nullable List<Option> options) {
            if (options != null && options.size() == 2) {
                truth.setValue(options.get(0).weight() > 0 ? TRUE : options.get(1).weight() > 0 ? FALSE : null);
                ifTrue.setValue(options.get(0).feedback() == null ? "" : options.get(0).feedback());
                ifFalse.setValue(options.get(1).feedback() == null ? "" : options.get(1).feedback());
            }
        }

        @Override
        List<Option> options(List<String> problems) {
            String t = truth.getValue();
            return List.of(Option.choice(TRUE, TRUE.equals(t) ? 1 : 0, blankToNull(ifTrue.getValue())),
                    Option.choice(FALSE, FALSE.equals(t) ? 1 : 0, blankToNull(ifFalse.getValue())));
        }
    }

    private static final class Matching extends AnswerEditor {
        private final AnswerRows pairs;
        private final AnswerRows distractors;

        Matching(Runnable onChange) {
            super(onChange);
            pairs = new AnswerRows(EnumSet.of(Col.TEXT, Col.MATCH), Noun.PAIR, getTranslation("questions.answers.left-item"),
                    getTranslation("questions.answers.its-match"), null, 100, onChange);
            distractors = new AnswerRows(EnumSet.of(Col.MATCH), Noun.DISTRACTOR, null, getTranslation("questions.answers.extra-choice"),
                    null, 0, onChange);
            H3 extra = new H3(getTranslation("questions.answers.distractors"));
            add(hint(getTranslation("questions.answers.matching-hint")), pairs, extra,
                    hint(getTranslation("questions.answers.distractors-hint")), distractors);
        }

        @Override
        void load(@Nullable List<Option> options) {
            if (options == null) {
                pairs.addEmpty(3);
                return;
            }
            pairs.load(options.stream().filter(o -> o.text() != null).toList());
            distractors.load(options.stream().filter(o -> o.text() == null).toList());
        }

        @Override
        List<Option> options(List<String> problems) {
            List<Option> all = new ArrayList<>(pairs.options(null, 1, problems));
            distractors.options(null, 0, problems).stream()
                    .map(o -> Option.distractor(java.util.Objects.requireNonNull(o.match(), "a distractor row has a match"))).forEach(all::add); // not shown
            return all;
        }
    }

    private static final class Cloze extends AnswerEditor {
        private final IntConsumer markBlank;
        private final List<AnswerRows> blanks = new ArrayList<>();
        private final Div list = new Div();

        Cloze(Runnable onChange, IntConsumer markBlank) {
            super(onChange);
            this.markBlank = markBlank;
            list.addClassName("cloze-blanks");
            Button add = new Button(getTranslation("questions.answers.add-blank"), VaadinIcon.PLUS.create(), e -> {
                addBlank(null);
                markBlank.accept(blanks.size());
                onChange.run();
            });
            add.setId("add-blank");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button remove = new Button(getTranslation("questions.answers.remove-blank"), VaadinIcon.MINUS.create(), e -> {
                if (blanks.size() > 1) {
                    blanks.removeLast();
                    list.remove(list.getComponentAt(list.getComponentCount() - 1));
                    onChange.run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Div buttons = new Div(add, remove);
            buttons.addClassName("button-row");
            add(hint(getTranslation("questions.answers.cloze-hint", "{1}", "{2}")), list, buttons);
        }

        private void addBlank(@Nullable List<Option> answers) {
            AnswerRows rows = new AnswerRows(EnumSet.of(Col.TEXT, Col.CREDIT, Col.FEEDBACK), Noun.ANSWER,
                    getTranslation("questions.answers.answer"), null, null, 100, onChange);
            if (answers == null) {
                rows.addEmpty(1);
            } else {
                rows.load(answers);
            }
            blanks.add(rows);
            Div section = new Div(new H3(getTranslation("questions.answers.blank", "{" + blanks.size() + "}")), rows);
            section.addClassName("cloze-blank");
            list.add(section);
        }

        @Override
        void load(@Nullable List<Option> options) {
            if (options == null || options.isEmpty()) {
                addBlank(null);
                return;
            }
            int count = options.stream().filter(o -> o.blank() != null).mapToInt(Option::blank).max().orElse(1);
            for (int b = 1; b <= count; b++) {
                int n = b;
                addBlank(options.stream().filter(o -> o.blank() != null && o.blank() == n).toList());
            }
        }

        @Override
        List<Option> options(List<String> problems) {
            List<Option> all = new ArrayList<>();
            for (int b = 0; b < blanks.size(); b++) {
                all.addAll(blanks.get(b).options(b + 1, 1, problems));
            }
            return all;
        }
    }

    private static final class Essay extends AnswerEditor {
        Essay(Runnable onChange) {
            super(onChange);
            add(hint(getTranslation("questions.answers.essay-hint")));
        }

        @Override
        void load(@Nullable List<Option> options) {
            // no answers
        }

        @Override
        List<Option> options(List<String> problems) {
            return List.of();
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
