package org.sourcewise.quizzes.scoring;

import java.util.ArrayList;
import java.util.List;
import org.sourcewise.questions.Option;

/** Matching: each left item is marked on its own; the credit is the share matched right. */
final class MatchingScoring {

    private MatchingScoring() {
    }

    static Score score(List<Option> options, Answer answer) {
        List<Option> lefts = options.stream().filter(o -> o.text() != null).toList();
        if (lefts.isEmpty() || answer.values().size() > lefts.size()) {
            return Score.zero();
        }
        List<Double> parts = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            String right = lefts.get(i).match();
            String chosen = answer.valueAt(i).strip();
            // the right side is picked from a list, so it must be that text, not something like it
            parts.add(right != null && !chosen.isEmpty() && right.strip().equals(chosen) ? 1.0 : 0.0);
        }
        double fraction = parts.stream().mapToDouble(Double::doubleValue).sum() / lefts.size();
        return new Score(Credit.tidy(fraction), false, List.of(), parts);
    }
}
