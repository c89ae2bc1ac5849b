package org.sourcewise.quizzes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.Bundles;
import org.sourcewise.browser.Languages;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.scoring.Answer;
import org.sourcewise.quizzes.scoring.Scorer;

/**
 * Translates between a question as authored (what is stored and marked) and as one attempt shows it
 * (options shuffled once at start). Plain Java: the only place that knows the frozen order's meaning.
 */
final class AttemptPresenter {

    private AttemptPresenter() {
    }

    /** The display order to freeze at attempt start, or null when the question shows as authored. */
    static @Nullable List<Integer> newOrder(QuestionContent q, boolean shuffleOptions, Random random) {
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> shuffleOptions ? permutation(q.options().size(), random, false) : null;
            // shown in authored order, an ordering question or matching list would give its key away
            case ORDERING -> permutation(q.options().size(), random, true);
            case MATCHING -> permutation(rights(q).size(), random, true);
            default -> null;
        };
    }

    static StudentQuestion present(int position, QuestionContent q, @Nullable List<Integer> order, double points) {
        List<Integer> display = order == null ? IntStream.range(0, countFor(q)).boxed().toList() : order;
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE -> new StudentQuestion(position, q.type(), q.stem(), points,
                    display.stream().map(i -> q.options().get(i).text()).toList(), null, null, null, null);
            case MATCHING -> {
                List<String> rights = rights(q);
                yield new StudentQuestion(position, q.type(), q.stem(), points, null, lefts(q),
                        display.stream().map(rights::get).toList(), null, null);
            }
            case ORDERING -> new StudentQuestion(position, q.type(), q.stem(), points, null, null, null,
                    display.stream().map(i -> q.options().get(i).text()).toList(), null);
            case CLOZE -> new StudentQuestion(position, q.type(), q.stem(), points, null, null, null, null, blankChoices(q));
            default -> new StudentQuestion(position, q.type(), q.stem(), points, null, null, null, null, null);
        };
    }

    /** Display values from the page to an answer in authored terms, for storing and marking. */
    static Answer toAuthored(QuestionContent q, @Nullable List<Integer> order, List<String> displayValues) {
        if (order == null || !(q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_RESPONSE
                || q.type() == QuestionType.ORDERING)) {
            return new Answer(displayValues);
        }
        List<String> authored = new ArrayList<>();
        for (String value : displayValues) {
            authored.add(mapIndex(value, order));
        }
        return new Answer(authored);
    }

    /** A stored answer back to the values the page shows. */
    static List<String> toDisplay(QuestionContent q, @Nullable List<Integer> order, Answer answer) {
        if (order == null || !(q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_RESPONSE
                || q.type() == QuestionType.ORDERING)) {
            return answer.values();
        }
        List<String> display = new ArrayList<>();
        for (String value : answer.values()) {
            try {
                display.add(String.valueOf(order.indexOf(Integer.parseInt(value))));
            } catch (NumberFormatException e) {
                display.add("");
            }
        }
        return display;
    }

    /** Human words for an answer in authored terms, for the review, in English. */
    static String describe(QuestionContent q, Answer a) {
        return describe(q, a, Languages.SUPPORTED.getFirst());
    }

    /** Human words for an answer in authored terms, for the review in {@code language}. */
    static String describe(QuestionContent q, Answer a, Locale language) {
        if (a.isEmpty()) {
            return "";
        }
        return switch (q.type()) {
            // "true"/"false" in the question's own words (the option scoring matched), as the key is shown
            case TRUE_FALSE -> new Scorer().score(q, a).matchedOptions().stream().findFirst()
                    .map(i -> String.valueOf(q.options().get(i).text())).orElse(String.join(" ", a.values()));
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, ORDERING -> a.values().stream()
                    .map(v -> optionText(q, v)).collect(Collectors.joining(q.type() == QuestionType.ORDERING ? " → " : "\n"));
            case MATCHING -> {
                List<String> lefts = lefts(q);
                yield IntStream.range(0, lefts.size())
                        .mapToObj(i -> lefts.get(i) + " → " + (i < a.values().size() && !a.valueAt(i).isBlank() ? a.valueAt(i) : Bundles.loaded().say(language, "quizzes.review.none")))
                        .collect(Collectors.joining("\n"));
            }
            case CLOZE -> IntStream.range(0, a.values().size())
                    .mapToObj(i -> "(" + (i + 1) + ") " + a.valueAt(i)).collect(Collectors.joining("; "));
            default -> String.join(" ", a.values());
        };
    }

    /** Human words for the key, for the review, in English. */
    static String key(QuestionContent q) {
        return key(q, Languages.SUPPORTED.getFirst());
    }

    /** Human words for the key, for the review in {@code language}. */
    static String key(QuestionContent q, Locale language) {
        List<Option> options = q.options();
        String or = " " + Bundles.loaded().say(language, "quizzes.review.or") + " ";
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> options.stream().filter(o -> o.weight() >= 1.0).map(Option::text).collect(Collectors.joining("; "));
            case MULTIPLE_RESPONSE -> options.stream().filter(o -> o.weight() > 0).map(Option::text).collect(Collectors.joining("\n"));
            case SHORT_ANSWER -> accepted(options, or);
            case NUMERIC -> options.stream().filter(o -> o.weight() >= 1.0)
                    .map(o -> number(o.value(), language)
                            + (o.tolerance() != null && o.tolerance() > 0 ? " ± " + number(o.tolerance(), language) : ""))
                    .collect(Collectors.joining(or));
            case MATCHING -> options.stream().filter(o -> o.text() != null).map(o -> o.text() + " → " + o.match())
                    .collect(Collectors.joining("\n"));
            case ORDERING -> options.stream().map(Option::text).collect(Collectors.joining(" → "));
            case CLOZE -> IntStream.rangeClosed(1, q.blankCount()).mapToObj(b -> "(" + b + ") " + accepted(
                    options.stream().filter(o -> Integer.valueOf(b).equals(o.blank())).toList(), or)).collect(Collectors.joining("; "));
            case ESSAY -> Bundles.loaded().say(language, "quizzes.review.essay-key");
        };
    }

    private static String accepted(List<Option> options, String or) {
        return options.stream().filter(o -> o.weight() >= 1.0).map(Option::text).collect(Collectors.joining(or));
    }

    // written as the reader writes numbers (3.5 or 3,5), never grouped: a key of 1500 is typed as 1500
    private static String number(@Nullable Double d, Locale language) {
        if (d == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getInstance(language);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(12);
        return format.format(d);
    }

    private static @Nullable String optionText(QuestionContent q, String index) {
        try {
            return q.options().get(Integer.parseInt(index)).text();
        } catch (RuntimeException e) {
            return index;
        }
    }

    private static String mapIndex(String displayIndex, List<Integer> order) {
        try {
            int i = Integer.parseInt(displayIndex);
            return i >= 0 && i < order.size() ? String.valueOf(order.get(i)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static int countFor(QuestionContent q) {
        return q.type() == QuestionType.MATCHING ? rights(q).size() : q.options().size();
    }

    static List<String> lefts(QuestionContent q) {
        return q.options().stream().filter(o -> o.text() != null && o.match() != null).map(Option::text).toList();
    }

    static List<String> rights(QuestionContent q) {
        return List.copyOf(q.options().stream().map(Option::match).filter(m -> m != null)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static List<@Nullable List<String>> blankChoices(QuestionContent q) {
        List<@Nullable List<String>> blanks = new ArrayList<>();
        for (int b = 1; b <= q.blankCount(); b++) {
            int blank = b;
            List<Option> answers = q.options().stream().filter(o -> Integer.valueOf(blank).equals(o.blank())).toList();
            boolean choice = answers.stream().anyMatch(o -> o.weight() <= 0);
            blanks.add(choice ? answers.stream().map(Option::text).distinct()
                    .sorted(Comparator.comparing(String::toLowerCase)).toList() : null);
        }
        return blanks;
    }

    private static List<Integer> permutation(int n, Random random, boolean avoidIdentity) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        List<Integer> identity = List.copyOf(order);
        do {
            Collections.shuffle(order, random);
        } while (avoidIdentity && n > 1 && order.equals(identity));
        return order;
    }
}
