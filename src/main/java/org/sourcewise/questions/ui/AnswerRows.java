package org.sourcewise.questions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.ChoiceWeights;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionType;

/**
 * A list of answer rows that an answer editor configures: which columns a row has (text, right-hand
 * match, number and tolerance, correct flag, credit, feedback), their placeholders, and whether rows
 * can be moved. Each change calls back so the preview follows the typing.
 */
final class AnswerRows extends Div {

    enum Col { TEXT, MATCH, VALUE, TOLERANCE, CORRECT, CREDIT, FEEDBACK, MOVE }

    /** How the correct flag sets credits: one correct option (single choice) or credit split among the correct ones. */
    enum Correct { ONE, SPLIT }

    /** What a row is called in the buttons, labels and problems: "Add option", "Remove pair 2". */
    enum Noun { OPTION, ANSWER, ITEM, PAIR, DISTRACTOR }

    private final Set<Col> cols;
    private final Noun noun;
    private final @Nullable String textLabel;
    private final @Nullable String matchLabel;
    private final @Nullable Correct correctRule;
    private final double defaultCredit;
    private final Runnable onChange;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private boolean adjusting;

    AnswerRows(Set<Col> cols, Noun noun, @Nullable String textLabel, @Nullable String matchLabel, @Nullable Correct correctRule,
               double defaultCredit, Runnable onChange) {
        this.cols = EnumSet.copyOf(cols);
        this.noun = noun;
        this.textLabel = textLabel;
        this.matchLabel = matchLabel;
        this.correctRule = correctRule;
        this.defaultCredit = defaultCredit;
        this.onChange = onChange;
        addClassName("answer-rows");
        list.addClassName("answer-list");
        Button add = new Button(say("questions.answers.add", 0), VaadinIcon.PLUS.create(), e -> {
            int right = rightCount();
            addRow(null);
            if (correctRule == Correct.SPLIT) {
                applyShareRule(right, rows.size() - 1);
            }
            rows.getLast().focus();
            changed();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("add-row");
        add(list, add);
    }

    void load(List<Option> options) {
        rows.clear();
        list.removeAll();
        options.forEach(this::addRow);
    }

    void addEmpty(int count) {
        for (int i = 0; i < count; i++) {
            addRow(null);
        }
    }

    int size() {
        return rows.size();
    }

    /** The rows as options; a credit outside -100..100 % is named in {@code problems} and clamped. */
    List<Option> options(@Nullable Integer blank, double matchWeight, List<String> problems) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double weight;
            if (cols.contains(Col.CREDIT)) {
                Double credit = r.credit.getValue();
                if (credit == null) {
                    problems.add(say("questions.answers.needs-credit", i + 1));
                    credit = 0.0;
                } else if (credit < -100 || credit > 100) {
                    problems.add(say("questions.answers.credit-range", i + 1));
                    credit = Math.max(-100, Math.min(100, credit));
                }
                weight = credit / 100.0;
            } else {
                weight = matchWeight;
            }
            String text = cols.contains(Col.TEXT) ? r.text.getValue() : null;
            String match = cols.contains(Col.MATCH) ? r.match.getValue() : null;
            Double value = cols.contains(Col.VALUE) ? r.value.getValue() : null;
            if (cols.contains(Col.VALUE) && value == null && !r.value.isEmpty()) {
                problems.add(say("questions.answers.needs-number", i + 1));
            }
            Double tolerance = cols.contains(Col.TOLERANCE) ? (r.tolerance.getValue() == null ? 0.0 : r.tolerance.getValue()) : null;
            String feedback = cols.contains(Col.FEEDBACK) && !r.feedback.getValue().isBlank() ? r.feedback.getValue().strip() : null;
            options.add(new Option(text == null ? null : text.strip(), match == null ? null : match.strip(), value, tolerance,
                    weight, feedback, blank));
        }
        return options;
    }

    private void addRow(@Nullable Option o) {
        Row row = new Row(o);
        rows.add(row);
        list.add(row);
        renumber();
    }

    private void changed() {
        if (!adjusting) {
            onChange.run();
        }
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
        }
    }

    private void correctToggled(Row toggled, boolean correct) {
        if (adjusting || correctRule == null) {
            return;
        }
        adjusting = true;
        try {
            if (correctRule == Correct.ONE) {
                for (Row r : rows) {
                    boolean isIt = r == toggled ? correct : !correct && r.correct.getValue();
                    r.correct.setValue(isIt);
                    if (isIt) {
                        r.credit.setValue(100.0);
                    } else if (r.credit.getValue() != null && r.credit.getValue() >= 100) {
                        r.credit.setValue(0.0);
                    }
                }
            } else {
                int right = rightCount();
                applyShareRule(right + (correct ? -1 : 1), rows.size());
            }
        } finally {
            adjusting = false;
        }
        changed();
    }

    private int rightCount() {
        return (int) rows.stream().filter(r -> r.correct.getValue()).count();
    }

    /**
     * Sets the credits of multiple response by the rule of course files and CSV ({@link ChoiceWeights}):
     * the right options share 100%, the wrong ones -100%. A wrong option's credit that the author typed
     * is kept; one the rule set before this change (with {@code rightBefore} of {@code rowsBefore} right)
     * follows the rule.
     */
    private void applyShareRule(int rightBefore, int rowsBefore) {
        int right = rightCount();
        double wrongBefore = rightBefore == 0 ? 0 : percent(ChoiceWeights.of(QuestionType.MULTIPLE_RESPONSE, false, rightBefore,
                rowsBefore - rightBefore));
        boolean was = adjusting;
        adjusting = true;
        try {
            for (Row r : rows) {
                Double now = r.credit.getValue();
                if (right == 0) {
                    if (now == null || now > 0 || now == wrongBefore) {
                        r.credit.setValue(0.0);
                    }
                } else if (r.correct.getValue()) {
                    r.credit.setValue(percent(ChoiceWeights.of(QuestionType.MULTIPLE_RESPONSE, true, right, rows.size() - right)));
                } else if (now == null || now >= 0 || now == wrongBefore) {
                    r.credit.setValue(percent(ChoiceWeights.of(QuestionType.MULTIPLE_RESPONSE, false, right, rows.size() - right)));
                }
            }
        } finally {
            adjusting = was;
        }
    }

    /** A weight as the credit field shows it: a percentage with two decimals. */
    private static double percent(double weight) {
        return Math.round(weight * 10000) / 100.0;
    }

    private void creditTyped(Row row) {
        if (adjusting || !cols.contains(Col.CORRECT)) {
            return;
        }
        adjusting = true;
        try {
            Double c = row.credit.getValue();
            row.correct.setValue(c != null && (correctRule == Correct.ONE ? c >= 100 : c > 0));
        } finally {
            adjusting = false;
        }
    }

    private void move(Row row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        list.removeAll();
        rows.forEach(list::add);
        renumber();
        changed();
    }

    /**
     * The words of {@code key} about row {@code n}: their parameters are the noun as a sentence has it
     * inside ({0}: "option") and at its start ({1}: "Option"), and the row's number ({2}).
     */
    private String say(String key, int n) {
        String word = switch (noun) {
            case OPTION -> getTranslation("questions.answers.noun.option");
            case ANSWER -> getTranslation("questions.answers.noun.answer");
            case ITEM -> getTranslation("questions.answers.noun.item");
            case PAIR -> getTranslation("questions.answers.noun.pair");
            case DISTRACTOR -> getTranslation("questions.answers.noun.distractor");
        };
        return getTranslation(key, word, Character.toUpperCase(word.charAt(0)) + word.substring(1), n);
    }

    /** One row; its fields exist for every column but only the configured ones are shown. */
    private final class Row extends Div {
        final Span number = new Span();
        final TextField text = new TextField();
        final TextField match = new TextField();
        final NumberField value = new NumberField();
        final NumberField tolerance = new NumberField();
        final Checkbox correct = new Checkbox(getTranslation("questions.answers.correct"));
        final NumberField credit = new NumberField();
        final TextField feedback = new TextField();
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(@Nullable Option o) {
            addClassName("answer-row");
            number.addClassName("row-number");
            add(number);
            Div main = new Div();
            main.addClassName("row-main");
            if (cols.contains(Col.TEXT)) {
                text.setPlaceholder(textLabel);
                text.addClassName("row-text");
                text.setValue(o == null || o.text() == null ? "" : o.text());
                main.add(text);
            }
            if (cols.contains(Col.MATCH)) {
                match.setPlaceholder(matchLabel);
                match.addClassName("row-match");
                match.setValue(o == null || o.match() == null ? "" : o.match());
                main.add(match);
            }
            if (cols.contains(Col.VALUE)) {
                value.setPlaceholder(getTranslation("questions.answers.value"));
                value.addClassName("row-value");
                value.setValue(o == null ? null : o.value());
                main.add(value);
            }
            if (cols.contains(Col.TOLERANCE)) {
                tolerance.setPlaceholder("0");
                tolerance.setPrefixComponent(new Span("±"));
                tolerance.setMin(0);
                tolerance.addClassName("row-tolerance");
                tolerance.setValue(o == null ? 0.0 : o.tolerance() == null ? 0.0 : o.tolerance());
                main.add(tolerance);
            }
            if (cols.contains(Col.CORRECT)) {
                correct.addClassName("row-correct");
                correct.setValue(o != null && (correctRule == Correct.ONE ? o.weight() >= 1 - 1e-9 : o.weight() > 0));
                correct.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        correctToggled(this, e.getValue());
                    }
                });
                main.add(correct);
            }
            if (cols.contains(Col.CREDIT)) {
                credit.setSuffixComponent(new Span("%"));
                credit.addClassName("row-credit");
                credit.setStep(0.01);
                credit.setValue(o == null ? defaultCredit : Math.round(o.weight() * 10000) / 100.0);
                credit.addValueChangeListener(e -> creditTyped(this));
                main.add(credit);
            }
            if (cols.contains(Col.FEEDBACK)) {
                feedback.setPlaceholder(getTranslation("questions.answers.feedback-placeholder"));
                feedback.addClassName("row-feedback");
                feedback.setValue(o == null || o.feedback() == null ? "" : o.feedback());
                main.add(feedback);
            }
            add(main);
            Div actions = new Div();
            actions.addClassName("row-actions");
            if (cols.contains(Col.MOVE)) {
                for (Button b : List.of(up, down)) {
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
                    actions.add(b);
                }
                up.addClickListener(e -> move(this, -1));
                down.addClickListener(e -> move(this, 1));
            }
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL,
                    ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> {
                int right = rightCount();
                rows.remove(this);
                list.remove(this);
                renumber();
                if (correctRule == Correct.SPLIT) {
                    applyShareRule(right, rows.size() + 1);
                }
                changed();
            });
            actions.add(remove);
            add(actions);
            for (TextField f : List.of(text, match, feedback)) {
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> changed());
            }
            for (NumberField f : List.of(value, tolerance, credit)) {
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> changed());
            }
        }

        void number(int n) {
            number.setText(n + ".");
            text.setAriaLabel(getTranslation("questions.answers.numbered", String.valueOf(textLabel), n));
            match.setAriaLabel(getTranslation("questions.answers.numbered", String.valueOf(matchLabel), n));
            value.setAriaLabel(getTranslation("questions.answers.value-of", n));
            tolerance.setAriaLabel(getTranslation("questions.answers.tolerance-of", n));
            correct.setAriaLabel(say("questions.answers.is-correct", n));
            credit.setAriaLabel(say("questions.answers.credit-of", n));
            feedback.setAriaLabel(say("questions.answers.feedback-for", n));
            up.setAriaLabel(say("questions.answers.move-up", n));
            down.setAriaLabel(say("questions.answers.move-down", n));
            remove.setAriaLabel(say("questions.answers.remove", n));
        }

        void focus() {
            if (cols.contains(Col.TEXT)) {
                text.focus();
            } else if (cols.contains(Col.MATCH)) {
                match.focus();
            } else {
                value.focus();
            }
        }
    }
}
