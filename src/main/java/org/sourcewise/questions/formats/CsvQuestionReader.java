package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.ChoiceWeights;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/**
 * Reads one CSV row as a question. What the option cells hold depends on the type (docs/formats.md has
 * the table); this checks only what is needed to build the question: cell syntax, option counts for
 * choices, and that {@code correct} names existing options. Weight sums and the like are the bank
 * validator's business.
 */
final class CsvQuestionReader {

    /** One filled option group: its number N and its three cells. */
    private record Group(int n, @Nullable String option, @Nullable String weight, @Nullable String feedback) {

        /** The option of a group past {@code options}' check, which keeps only groups with one. */
        String filledOption() {
            return Objects.requireNonNull(option, "a filled group has its option");
        }
    }

    // compiled once: String.split and String.matches compile their pattern on every row of a large file
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,]");
    private static final Pattern OPTION_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern BLANK = Pattern.compile("\\{([1-9]\\d{0,3})}\\s*(.*)", Pattern.DOTALL);

    private final CsvRow row;
    private final CsvHeader header;

    private CsvQuestionReader(CsvRow row, CsvHeader header) {
        this.row = row;
        this.header = header;
    }

    /** The question, or null after reporting every problem in the row. */
    static @Nullable QuestionSpec read(CsvRow row, CsvHeader header, ImportCollector out) {
        int errorsBefore = out.errorCount();
        QuestionSpec spec = new CsvQuestionReader(row, header).read();
        return out.errorCount() > errorsBefore ? null : spec;
    }

    private @Nullable QuestionSpec read() {
        QuestionType type = enumCell("type", QuestionType.class, true);
        String stem = row.cell("stem");
        if (stem == null) {
            row.error("stem", "questions.import.problem.csv.needs-stem");
        }
        Difficulty difficulty = enumCell("difficulty", Difficulty.class, false);
        QuestionStatus status = enumCell("status", QuestionStatus.class, false);
        List<Group> groups = groups();
        List<Option> options = type == null ? List.of() : options(type, groups);
        if (type == null || stem == null) {
            return null; // reported above
        }
        QuestionContent content = new QuestionContent(type, stem, options, row.cell("explanation"),
                row.cell("general_feedback"));
        return new QuestionSpec(row.cell("key"), row.cell("title"), content, row.list("claims"), row.cell("category"),
                row.list("tags"), difficulty, status);
    }

    private List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (int n : header.groups()) {
            Group g = new Group(n, row.group("option", n), row.group("weight", n), row.group("feedback", n));
            if (g.option() != null || g.weight() != null || g.feedback() != null) {
                groups.add(g);
            }
        }
        return groups;
    }

    private List<Option> options(QuestionType type, List<Group> groups) {
        String correct = row.cell("correct");
        if (correct != null && !type.hasChoices()) {
            row.error("correct", "questions.import.problem.csv.correct-not-taken", String.valueOf(type));
        }
        if (type == QuestionType.TRUE_FALSE) {
            return trueFalse(correct, groups);
        }
        for (Group g : groups) {
            if (g.option() == null) {
                row.error("option_" + g.n(), "questions.import.problem.csv.group-without-option", String.valueOf(g.n()));
            }
        }
        List<Group> filled = groups.stream().filter(g -> g.option() != null).toList();
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices(type, correct, filled);
            case SHORT_ANSWER -> filled.stream().map(g -> Option.choice(g.filledOption(), weight(g, 1), g.feedback())).toList();
            case NUMERIC -> numbers(filled);
            case MATCHING -> plain(filled, true);
            case ORDERING -> plain(filled, false);
            case CLOZE -> blanks(filled);
            case ESSAY -> {
                if (!filled.isEmpty()) {
                    row.error("option_" + filled.get(0).n(), "questions.import.problem.csv.essay-options");
                }
                yield List.of();
            }
            default -> throw new IllegalStateException("unhandled type " + type);
        };
    }

    private List<Option> choices(QuestionType type, @Nullable String correct, List<Group> groups) {
        if (groups.size() < 2) {
            row.error(null, "questions.import.problem.csv.choice-two-options");
        }
        List<Option> options = new ArrayList<>();
        if (correct == null) {
            for (Group g : groups) {
                options.add(Option.choice(g.filledOption(), weight(g, 0), g.feedback()));
            }
            if (options.stream().noneMatch(Option::correct)) {
                row.error("correct", "questions.import.problem.csv.mark-correct");
            }
            return options;
        }
        Set<Integer> right = correctNumbers(correct, groups);
        // several right options of a single-choice question are each worth full marks (Moodle's rule, QuestionValidator)
        int rightCount = (int) groups.stream().filter(g -> right.contains(g.n())).count();
        for (Group g : groups) {
            if (g.weight() != null) {
                row.error("weight_" + g.n(), "questions.import.problem.csv.correct-or-weights");
            }
            // without weights, the rule of course files and the editor
            options.add(Option.choice(g.filledOption(), ChoiceWeights.of(type, right.contains(g.n()), Math.max(1, rightCount),
                    groups.size() - rightCount), g.feedback()));
        }
        return options;
    }

    private Set<Integer> correctNumbers(String correct, List<Group> groups) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (String item : LIST_SEPARATOR.split(correct)) {
            String s = item.strip();
            if (s.isEmpty()) {
                continue;
            }
            int n = OPTION_NUMBER.matcher(s).matches() ? Integer.parseInt(s) : -1;
            if (groups.stream().noneMatch(g -> g.n() == n)) {
                row.error("correct", "questions.import.problem.csv.correct-no-option", s);
            } else if (!numbers.add(n)) {
                row.error("correct", "questions.import.problem.csv.correct-twice", String.valueOf(n));
            }
        }
        return numbers;
    }

    private List<Option> trueFalse(@Nullable String correct, List<Group> groups) {
        Boolean answer = null;
        if (correct == null) {
            row.error("correct", "questions.import.problem.csv.true-false-correct");
        } else if (correct.equalsIgnoreCase("true") || correct.equalsIgnoreCase("t")) {
            answer = true;
        } else if (correct.equalsIgnoreCase("false") || correct.equalsIgnoreCase("f")) {
            answer = false;
        } else {
            row.error("correct", "questions.import.problem.csv.not-true-false", correct);
        }
        String feedbackTrue = null;
        String feedbackFalse = null;
        for (Group g : groups) {
            if (g.option() != null || g.weight() != null || g.n() > 2) {
                row.error("option_" + g.n(), "questions.import.problem.csv.true-false-groups");
            } else if (g.n() == 1) {
                feedbackTrue = g.feedback();
            } else {
                feedbackFalse = g.feedback();
            }
        }
        boolean t = Boolean.TRUE.equals(answer);
        return List.of(Option.choice("True", t ? 1 : 0, feedbackTrue), Option.choice("False", t ? 0 : 1, feedbackFalse));
    }

    private List<Option> numbers(List<Group> groups) {
        List<Option> options = new ArrayList<>();
        for (Group g : groups) {
            double weight = weight(g, 1);
            double[] number = number(g);
            if (number != null) {
                options.add(Option.number(number[0], number[1], weight, g.feedback()));
            }
        }
        return options;
    }

    /** {value, tolerance} from {@code 3.14}, {@code 3.14:0.01} or {@code 1..5}. */
    private double @Nullable [] number(Group g) {
        String s = g.filledOption();
        int dots = s.indexOf("..");
        int colon = s.indexOf(':');
        String column = "option_" + g.n();
        String[] parts = dots > 0 ? new String[] {s.substring(0, dots), s.substring(dots + 2)}
                : colon > 0 ? new String[] {s.substring(0, colon), s.substring(colon + 1)} : new String[] {s};
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Double d = Numbers.parse(parts[i].strip());
            if (d == null) {
                row.error(column, Numbers.isDecimal(parts[i].strip()) ? Numbers.refusal(parts[i].strip())
                        : Phrase.of(dots > 0 ? "questions.import.problem.csv.not-range"
                                : "questions.import.problem.csv.not-number", Texts.excerpt(s)));
                return null;
            }
            numbers[i] = d;
        }
        if (dots > 0) {
            if (numbers[0] > numbers[1]) {
                row.error(column, "questions.import.problem.csv.range-backwards", Texts.excerpt(s));
                return null;
            }
            double mid = numbers[0] / 2 + numbers[1] / 2; // halves first, so that a range near the limits stays finite
            return new double[] {mid, numbers[1] - mid};
        }
        double tolerance = numbers.length > 1 ? numbers[1] : 0;
        if (tolerance < 0) {
            row.error(column, "questions.import.problem.csv.tolerance-negative", Texts.excerpt(s));
            return null;
        }
        return new double[] {numbers[0], tolerance};
    }

    private List<Option> plain(List<Group> groups, boolean pairs) {
        List<Option> options = new ArrayList<>();
        for (Group g : groups) {
            if (g.weight() != null || g.feedback() != null) {
                row.error("option_" + g.n(), pairs ? "questions.import.problem.csv.pairs-no-weight"
                        : "questions.import.problem.csv.items-no-weight");
            }
            if (!pairs) {
                options.add(Option.item(g.filledOption()));
                continue;
            }
            String option = g.filledOption();
            int arrow = option.indexOf("->");
            String right = arrow < 0 ? null : Texts.blankToNull(option.substring(arrow + 2));
            if (right == null) {
                row.error("option_" + g.n(), "questions.import.problem.csv.pair-syntax");
                continue;
            }
            String left = Texts.blankToNull(option.substring(0, arrow));
            options.add(left == null ? Option.distractor(right) : Option.pair(left, right));
        }
        return options;
    }

    private List<Option> blanks(List<Group> groups) {
        List<Option> options = new ArrayList<>();
        for (Group g : groups) {
            Matcher m = BLANK.matcher(g.filledOption());
            if (!m.matches() || m.group(2).isBlank()) {
                row.error("option_" + g.n(), "questions.import.problem.csv.cloze-syntax", "{n}");
                continue;
            }
            options.add(Option.blankAnswer(Integer.parseInt(m.group(1)), m.group(2).strip(), weight(g, 1), g.feedback()));
        }
        return options;
    }

    private double weight(Group g, double otherwise) {
        if (g.weight() == null) {
            return otherwise;
        }
        Double w = Numbers.parse(g.weight());
        if (w == null || w < -1 || w > 1) {
            row.error("weight_" + g.n(), "questions.import.problem.csv.weight-range", Texts.excerpt(g.weight()));
            return otherwise;
        }
        return w;
    }

    private <E extends Enum<E>> @Nullable E enumCell(String column, Class<E> type, boolean required) {
        String value = row.cell(column);
        if (value == null) {
            if (required) {
                row.error(column, "questions.import.problem.csv.needs-value", column);
            }
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        String unknown = switch (column) {
            case "type" -> "questions.import.problem.csv.unknown-type";
            case "difficulty" -> "questions.import.problem.csv.unknown-difficulty";
            case "status" -> "questions.import.problem.csv.unknown-status";
            default -> throw new IllegalArgumentException("no words for the column " + column);
        };
        row.error(column, unknown, value, String.join(", ", names));
        return null;
    }
}
