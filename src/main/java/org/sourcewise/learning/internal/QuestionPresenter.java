package org.sourcewise.learning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sourcewise.learning.CheckResult;
import org.sourcewise.learning.StudentAnswer;
import org.sourcewise.learning.StudentQuestion;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.scoring.Answer;
import org.sourcewise.quizzes.scoring.Score;
import org.sourcewise.quizzes.scoring.Scorer;

/**
 * Turns question content (with its key) into what a student may see before answering, and marks
 * their answer with the quizzes' {@link Scorer}. The display order of choices comes from a seed
 * ({@link DisplayOrder}), so showing and marking agree without storing the order. Plain Java.
 */
public final class QuestionPresenter {

    private static final double FULL = 1 - 1e-9;

    private final Scorer scorer = new Scorer();

    /** Types practice and check-yourself can ask and mark at once: all but essays, which a teacher grades. */
    public static boolean askable(QuestionType type) {
        return type != null && type != QuestionType.ESSAY;
    }

    /** The student-safe form of {@code content}: no weights, no feedback, no explanation. */
    public StudentQuestion present(long questionId, String key, QuestionContent content, long seed) {
        List<Option> options = content.options();
        List<String> choices = List.of();
        List<String> prompts = List.of();
        List<StudentQuestion.Blank> blanks = List.of();
        switch (content.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, ORDERING ->
                    choices = IntStream.of(choiceOrder(content, seed)).mapToObj(i -> optionText(content, i)).toList();
            case MATCHING -> {
                prompts = options.stream().map(Option::text).filter(Objects::nonNull).toList();
                List<String> rights = rightHandTexts(options);
                choices = IntStream.of(DisplayOrder.shuffled(rights.size(), seed)).mapToObj(rights::get).toList();
            }
            case CLOZE -> {
                blanks = new ArrayList<>();
                for (int blank = 1; blank <= content.blankCount(); blank++) {
                    List<Option> answers = answersOf(options, blank);
                    boolean offered = answers.stream().anyMatch(o -> !o.correct());
                    List<String> texts = offered ? answers.stream().map(Option::text).filter(Objects::nonNull).distinct().toList() : List.of();
                    List<String> shown = IntStream.of(DisplayOrder.shuffled(texts.size(), seed + blank)).mapToObj(texts::get).toList();
                    blanks.add(new StudentQuestion.Blank(blank, shown));
                }
            }
            default -> {
                // short answer, numeric, essay: the student types
            }
        }
        return new StudentQuestion(questionId, key, content.type(), content.stem(), choices, prompts, blanks);
    }

    /** Marks {@code answer}, given in display terms, and says what the student may now see. */
    public CheckResult check(QuestionContent content, StudentAnswer answer, long seed) {
        StudentAnswer given = answer == null ? StudentAnswer.none() : answer;
        Score score = scorer.score(content, toAnswer(content, given, seed));
        List<Option> options = content.options();
        List<String> feedback = score.matchedOptions().stream()
                .filter(i -> i >= 0 && i < options.size())
                .map(i -> options.get(i).feedback())
                .filter(f -> f != null && !f.isBlank())
                .distinct()
                .toList();
        return new CheckResult(!given.isBlank(), score.fraction() >= FULL, score.fraction(), feedback,
                correctChoices(content, seed), correctAnswer(content), blankToNull(content.explanation()),
                blankToNull(content.generalFeedback()));
    }

    /** The scorer's answer (authored order) for a student's answer (display order). */
    Answer toAnswer(QuestionContent content, StudentAnswer answer, long seed) {
        List<String> values = answer.values();
        return switch (content.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, ORDERING -> {
                int[] order = choiceOrder(content, seed);
                yield new Answer(values.stream().filter(v -> !v.isBlank()).map(v -> authored(order, v)).toList());
            }
            case TRUE_FALSE -> values.isEmpty() || values.getFirst().isBlank() ? Answer.empty()
                    : new Answer(List.of(switch (values.getFirst().strip()) {
                        case "0" -> "true";
                        case "1" -> "false";
                        default -> "invalid";
                    }));
            default -> new Answer(values);
        };
    }

    // display position -> authored index, for the types whose options are shown as a list
    private static int[] choiceOrder(QuestionContent content, long seed) {
        int n = content.options().size();
        return switch (content.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> DisplayOrder.shuffled(n, seed);
            case ORDERING -> DisplayOrder.scrambled(n, seed);
            default -> DisplayOrder.identity(n);
        };
    }

    private static String authored(int[] order, String displayIndex) {
        try {
            int i = Integer.parseInt(displayIndex.strip());
            return i >= 0 && i < order.length ? Integer.toString(order[i]) : "-1";
        } catch (NumberFormatException notAnIndex) {
            return "-1";
        }
    }

    private static String optionText(QuestionContent content, int i) {
        String text = content.options().get(i).text();
        if (text == null && content.type() == QuestionType.TRUE_FALSE) {
            return i == 0 ? "True" : "False";
        }
        return text == null ? "" : text;
    }

    private static List<String> rightHandTexts(List<Option> options) {
        return options.stream().map(Option::match).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new))
                .stream().toList();
    }

    private static List<Option> answersOf(List<Option> options, int blank) {
        return options.stream().filter(o -> Integer.valueOf(blank).equals(o.blank())).toList();
    }

    private static List<Integer> correctChoices(QuestionContent content, long seed) {
        if (!content.type().hasChoices()) {
            return List.of();
        }
        int[] order = choiceOrder(content, seed);
        List<Option> options = content.options();
        double best = options.stream().mapToDouble(Option::weight).max().orElse(0);
        List<Integer> right = new ArrayList<>();
        for (int position = 0; position < order.length; position++) {
            Option o = options.get(order[position]);
            boolean isRight = content.type() == QuestionType.MULTIPLE_RESPONSE ? o.correct() : o.correct() && o.weight() >= best;
            if (isRight) {
                right.add(position);
            }
        }
        return right;
    }

    /** The key in words, for after the answer. */
    static @Nullable String correctAnswer(QuestionContent content) {
        List<Option> options = content.options();
        return switch (content.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, SHORT_ANSWER -> bestOption(options).map(Option::text).orElse(null);
            case MULTIPLE_RESPONSE -> joinOrNull(options.stream().filter(Option::correct).map(Option::text).toList(), "; ");
            case NUMERIC -> bestOption(options).map(o -> o.value() == null ? null : number(o.value())
                    + (o.tolerance() != null && o.tolerance() != 0 ? " (± " + number(Math.abs(o.tolerance())) + ")" : "")).orElse(null);
            case MATCHING -> joinOrNull(options.stream().filter(o -> o.text() != null && o.match() != null)
                    .map(o -> o.text() + " → " + o.match()).toList(), "; ");
            case ORDERING -> joinOrNull(options.stream().map(Option::text).toList(), " → ");
            case CLOZE -> {
                List<String> parts = new ArrayList<>();
                for (int blank = 1; blank <= content.blankCount(); blank++) {
                    int b = blank;
                    bestOption(answersOf(options, blank)).ifPresent(o -> parts.add("(" + b + ") " + o.text()));
                }
                yield joinOrNull(parts, "; ");
            }
            case ESSAY -> null;
        };
    }

    private static Optional<Option> bestOption(List<Option> options) {
        Option best = null;
        for (Option o : options) {
            if (o.correct() && (best == null || o.weight() > best.weight())) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    private static @Nullable String joinOrNull(List<String> parts, String separator) {
        return parts.isEmpty() ? null : String.join(separator, parts);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
