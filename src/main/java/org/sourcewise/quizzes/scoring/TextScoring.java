package org.sourcewise.quizzes.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.sourcewise.questions.AnswerPattern;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.TextNormalizer;

/** Short answer and cloze: typed (or chosen) text against a list of accepted answers. */
final class TextScoring {

    /** The accepted answer a response matched, by its index among the question's options. */
    record Match(int optionIndex, double credit) {
    }

    private TextScoring() {
    }

    /** The best-credited accepted answer that matches, clamped to 0..1. */
    static Score shortAnswer(List<Option> options, Answer answer) {
        if (answer.values().size() != 1) {
            return Score.zero();
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            all.add(i);
        }
        return bestMatch(options, all, answer.values().getFirst())
                .map(m -> Score.of(Credit.tidy(m.credit()), List.of(m.optionIndex())))
                .orElse(Score.zero());
    }

    /** Each blank is worth an equal share and is marked like a short answer among its own answers. */
    static Score cloze(List<Option> options, int blanks, Answer answer) {
        if (blanks == 0 || answer.values().size() > blanks) {
            return Score.zero();
        }
        List<Integer> matched = new ArrayList<>();
        List<Double> parts = new ArrayList<>();
        for (int blank = 1; blank <= blanks; blank++) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if (Integer.valueOf(blank).equals(options.get(i).blank())) {
                    candidates.add(i);
                }
            }
            Optional<Match> match = bestMatch(options, candidates, answer.valueAt(blank - 1));
            match.ifPresent(m -> matched.add(m.optionIndex()));
            parts.add(match.map(m -> Credit.clamp(m.credit())).orElse(0.0));
        }
        double fraction = parts.stream().mapToDouble(Double::doubleValue).sum() / blanks;
        return new Score(Credit.tidy(fraction), false, matched, parts);
    }

    /**
     * Among {@code candidates}, the accepted answers typed exactly (apart from surrounding and repeated
     * spaces) win over those that only match once normalised, so that an author can list a near miss
     * such as "its" against "it's" as a wrong answer with its own feedback. Within either group the
     * highest weight wins, and the first authored among equals. An accepted answer with a {@code *} is a
     * pattern ({@link AnswerPattern}, Moodle's wildcard) in both groups. Last, a response that is a number
     * meets an accepted answer that is the same number written another way.
     */
    static Optional<Match> bestMatch(List<Option> options, List<Integer> candidates, String response) {
        String normalised = TextNormalizer.normalize(response);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        String exact = TextNormalizer.collapseSpaces(response);
        Optional<Match> exactMatch = best(options, candidates, o -> typedExactly(String.valueOf(o.text()), exact));
        if (exactMatch.isPresent()) {
            return exactMatch;
        }
        Optional<Match> normalisedMatch = best(options, candidates, o -> sameOnceNormalised(String.valueOf(o.text()), normalised));
        if (normalisedMatch.isPresent()) {
            return normalisedMatch;
        }
        // a number meets an accepted answer that is the same number however either groups its digits
        // ("10 000" with a thin space, "10,000", "10000"), read as numeric answers are (NumberInput)
        double[] readings = NumberInput.readings(response);
        if (readings.length == 0) {
            return Optional.empty();
        }
        return best(options, candidates, o -> {
            OptionalDouble v = NumberInput.parse(o.text());
            return v.isPresent() && java.util.Arrays.stream(readings)
                    .anyMatch(x -> Math.abs(v.getAsDouble() - x) <= 1e-9 * Math.max(1, Math.abs(x)));
        });
    }

    // an answer with a star (or an escaped one) is a pattern; one without is compared whole, as it always was
    private static boolean typedExactly(String accepted, String exact) {
        return accepted.indexOf('*') >= 0 ? AnswerPattern.exact(accepted).matches(exact)
                : TextNormalizer.collapseSpaces(accepted).equals(exact);
    }

    private static boolean sameOnceNormalised(String accepted, String normalised) {
        return accepted.indexOf('*') >= 0 ? AnswerPattern.normalised(accepted).matches(normalised)
                : TextNormalizer.normalize(accepted).equals(normalised);
    }

    private static Optional<Match> best(List<Option> options, List<Integer> candidates,
                                        Predicate<Option> matches) {
        Match best = null;
        for (int i : candidates) {
            Option o = options.get(i);
            if (o.text() != null && matches.test(o) && (best == null || o.weight() > best.credit())) {
                best = new Match(i, o.weight());
            }
        }
        return Optional.ofNullable(best);
    }
}
