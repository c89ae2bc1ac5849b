package org.sourcewise.quizzes.scoring;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.sourcewise.questions.Option;

/** Single choice, multiple response and true/false: credit is the weight of what was picked. */
final class ChoiceScoring {

    private ChoiceScoring() {
    }

    /** The chosen option's weight, clamped to 0..1. */
    static Score single(List<Option> options, Answer answer) {
        if (answer.values().size() != 1) {
            return Score.zero();
        }
        OptionalInt chosen = Credit.index(answer.values().getFirst(), options.size());
        if (chosen.isEmpty()) {
            return Score.zero();
        }
        int i = chosen.getAsInt();
        return Score.of(Credit.tidy(options.get(i).weight()), List.of(i));
    }

    /** The sum of the chosen options' weights, clamped to 0..1; picking an option twice counts once. */
    static Score multiple(List<Option> options, Answer answer) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String value : answer.values()) {
            if (value.isBlank()) {
                continue;
            }
            OptionalInt i = Credit.index(value, options.size());
            if (i.isEmpty()) {
                // one forged or stale index makes the whole response untrustworthy
                return Score.zero();
            }
            chosen.add(i.getAsInt());
        }
        double sum = chosen.stream().mapToDouble(i -> options.get(i).weight()).sum();
        return Score.of(Credit.tidy(sum), List.copyOf(chosen));
    }

    /** The weight of the option ("True" or "False") the student picked. */
    static Score trueFalse(List<Option> options, Answer answer) {
        if (answer.values().size() != 1) {
            return Score.zero();
        }
        String value = answer.values().getFirst().strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            return Score.zero();
        }
        int i = optionFor(options, value);
        return i < 0 ? Score.zero() : Score.of(Credit.tidy(options.get(i).weight()), List.of(i));
    }

    // the option whose text is "True"/"False"; by position (True first) when the texts say otherwise
    private static int optionFor(List<Option> options, String value) {
        for (int i = 0; i < options.size(); i++) {
            if (value.equalsIgnoreCase(String.valueOf(options.get(i).text()).strip())) {
                return i;
            }
        }
        int byPosition = value.equals("true") ? 0 : 1;
        return byPosition < options.size() ? byPosition : -1;
    }
}
