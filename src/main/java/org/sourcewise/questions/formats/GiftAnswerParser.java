package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.AnswerPattern;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionType;

/**
 * Reads the inside of a GIFT answer block ({@code {...}} without general feedback) as Moodle's GIFT
 * import does: the type follows from the block's content, in Moodle's order (empty: essay; starts with
 * {@code #}: numeric; has {@code ~}: choice; has {@code =} and {@code ->}: matching; T/TRUE/F/FALSE:
 * true/false; anything else: short answer). Every problem is reported; a block with any error gives null.
 */
final class GiftAnswerParser {

    /** What an answer block holds, before the missing-word form may turn it into a cloze. */
    record Answers(QuestionType type, List<Option> options) {
    }

    /** One answer between separators; {@code marker} is the separator before it, or 0 for leading text. */
    private record Item(char marker, int start, int end) {
    }

    private record Weighted(double weight, int textStart) {
    }

    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d*)?)%");
    private static final Pattern WEIGHT_LIKE = Pattern.compile("%[^%\\s]{0,12}%");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private final GiftText t;
    private final String raw;
    private final GiftTextReader reader;
    private final ImportCollector out;
    private final GiftTextFormat format;

    GiftAnswerParser(GiftText t, GiftTextReader reader, ImportCollector out, GiftTextFormat format) {
        this.t = t;
        this.raw = t.raw();
        this.reader = reader;
        this.out = out;
        this.format = format;
    }

    /** Reads {@code raw[start, end)}, already trimmed of surrounding whitespace. */
    @Nullable Answers parse(int start, int end) {
        int errorsBefore = out.errorCount();
        Answers answers = detectAndRead(start, end);
        return out.errorCount() > errorsBefore ? null : answers;
    }

    private Answers detectAndRead(int start, int end) {
        if (start >= end) {
            return new Answers(QuestionType.ESSAY, List.of());
        }
        if (raw.charAt(start) == '#') {
            return numeric(start + 1, end);
        }
        if (t.indexOf("~", start, end) >= 0) {
            return choice(start, end);
        }
        if (t.indexOf("=", start, end) >= 0 && arrow(start, end) >= 0) {
            return matching(start, end);
        }
        int hash = t.indexOf("#", start, end);
        String check = raw.substring(start, hash > start ? hash : end).strip();
        if (TRUE_FALSE.contains(check)) {
            return trueFalse(start, end);
        }
        if (TRUE_FALSE.contains(check.toUpperCase(Locale.ROOT))) {
            reader.warnOnce(t.lineAt(start), "questions.import.problem.gift.true-false-capitals", check);
        }
        return shortAnswer(start, end);
    }

    private Answers choice(int start, int end) {
        List<Item> items = split(start, end, "~=");
        if (items.get(0).marker() == 0) {
            Item lead = items.get(0);
            String text = raw.substring(lead.start(), lead.end()).strip();
            if (text.isEmpty()) {
                items.remove(0);
            } else {
                reader.warnOnce(t.lineAt(lead.start()), "questions.import.problem.gift.text-before-first", Texts.excerpt(text));
            }
        }
        if (items.size() < 2) {
            out.error(t.lineAt(start), "questions.import.problem.gift.choice-two-answers");
        }
        boolean single = items.stream().anyMatch(i -> i.marker() == '=');
        List<Option> options = new ArrayList<>();
        for (Item item : items) {
            Weighted w = item.marker() == '=' ? unweighted(item.start(), item.end(), 1) : weighted(item, 0);
            Option option = answer(w, item.end(), (text, fb) -> Option.choice(text, w.weight(), fb));
            if (option != null) {
                options.add(option);
            }
        }
        int line = t.lineAt(start);
        if (single) {
            // Moodle asks only that the best answer is worth 100%: {=apple =pear ~carrot} has two right answers.
            if (options.stream().noneMatch(o -> o.weight() == 1.0)) {
                out.error(line, "questions.import.problem.gift.single-full");
            }
            return new Answers(QuestionType.SINGLE_CHOICE, options);
        }
        double positive = options.stream().mapToDouble(Option::weight).filter(w -> w > 0).sum();
        if (positive == 0) {
            out.error(line, "questions.import.problem.gift.no-credit");
        } else if (Math.round(positive * 100) != 100) {
            out.error(line, "questions.import.problem.gift.weights-sum", Numbers.percent(positive));
        }
        return new Answers(QuestionType.MULTIPLE_RESPONSE, options);
    }

    private Answers trueFalse(int start, int end) {
        int first = t.indexOf("#", start, end);
        int second = first < 0 ? -1 : t.indexOf("#", first + 1, end);
        boolean answer = raw.substring(start, first < 0 ? end : first).strip().startsWith("T");
        String wrong = first < 0 ? null : reader.read(raw.substring(first + 1, second < 0 ? end : second), format,
                t.lineAt(first));
        String right = second < 0 ? null : reader.read(raw.substring(second + 1, end), format, t.lineAt(second));
        // Moodle: the first feedback goes to whoever answers wrongly, the second to whoever answers rightly.
        return new Answers(QuestionType.TRUE_FALSE, List.of(
                Option.choice("True", answer ? 1 : 0, answer ? right : wrong),
                Option.choice("False", answer ? 0 : 1, answer ? wrong : right)));
    }

    private Answers shortAnswer(int start, int end) {
        List<Item> items = withoutBlankLead(split(start, end, "="));
        if (items.isEmpty()) {
            out.error(t.lineAt(start), "questions.import.problem.gift.short-none");
        }
        List<Option> options = new ArrayList<>();
        for (Item item : items) {
            Weighted w = weighted(item, 1);
            Option option = answer(w, item.end(), (text, fb) -> Option.choice(text, w.weight(), fb));
            if (option == null) {
                continue;
            }
            int line = t.lineAt(w.textStart());
            if (AnswerPattern.onlyWildcards(option.text())) {
                if (option.feedback() == null) {
                    reader.warnOnce(line, "questions.import.problem.short-catch-all");
                } else {
                    reader.warnOnce(line, "questions.import.problem.gift.short-catch-all-feedback",
                            Texts.excerpt(option.feedback()));
                }
                continue;
            }
            // any other star is Moodle's wildcard, and marking reads it as one (AnswerPattern): kept as written
            options.add(option);
        }
        if (!items.isEmpty() && options.isEmpty() && out.errorCount() == 0) {
            out.error(t.lineAt(start), "questions.import.problem.gift.short-only-star");
        }
        requireFullCredit(options, start);
        return new Answers(QuestionType.SHORT_ANSWER, options);
    }

    private Answers numeric(int start, int end) {
        int tilde = t.indexOf("~", start, end);
        if (tilde >= 0) {
            // Moodle stores what follows '~' as an answer '*' worth 0%: feedback for any other answer.
            int hash = t.indexOf("#", tilde, end);
            String feedback = hash < 0 ? null : reader.read(raw.substring(hash + 1, end), format, t.lineAt(hash));
            reader.warnOnce(t.lineAt(tilde), "questions.import.problem.gift.numeric-other-feedback",
                    feedback == null ? "" : Texts.excerpt(feedback));
        }
        List<Item> items = withoutBlankLead(split(start, tilde >= 0 ? tilde : end, "="));
        if (items.isEmpty()) {
            out.error(t.lineAt(start), "questions.import.problem.gift.numeric-none", "{#3.14:0.01}");
        }
        List<Option> options = new ArrayList<>();
        for (Item item : items) {
            Weighted w = weighted(item, 1);
            int hash = t.indexOf("#", w.textStart(), item.end());
            int valueEnd = hash < 0 ? item.end() : hash;
            String value = GiftEscapes.unescape(raw.substring(w.textStart(), valueEnd).strip()).strip();
            if (value.equals("*")) {
                reader.warnOnce(t.lineAt(w.textStart()), "questions.import.problem.numeric-catch-all");
                continue;
            }
            double[] number = number(value, t.lineAt(w.textStart()));
            String feedback = hash < 0 ? null : reader.read(raw.substring(hash + 1, item.end()), format, t.lineAt(hash));
            if (number != null) {
                options.add(Option.number(number[0], number[1], w.weight(), feedback));
            }
        }
        if (!items.isEmpty() && options.isEmpty() && out.errorCount() == 0) {
            out.error(t.lineAt(start), "questions.import.problem.gift.numeric-only-star");
        }
        requireFullCredit(options, start);
        return new Answers(QuestionType.NUMERIC, options);
    }

    /** {value, tolerance} from {@code 3.14}, {@code 3.14:0.01} or {@code 1..5}; null after reporting an error. */
    private double @Nullable [] number(String text, int line) {
        int dots = text.indexOf("..");
        if (dots > 0) {
            Double min = decimal(text.substring(0, dots).strip(), line);
            Double max = decimal(text.substring(dots + 2).strip(), line);
            if (min == null || max == null) {
                return null;
            }
            if (min > max) {
                out.error(line, "questions.import.problem.gift.range-backwards", text);
                return null;
            }
            double mid = min / 2 + max / 2; // halves first, so that a range near the limits stays finite
            double halfWidth = max - mid;
            if (!Double.isFinite(halfWidth)) {
                out.error(line, "questions.import.problem.gift.range-too-wide", Texts.excerpt(text));
                return null;
            }
            return new double[] {mid, halfWidth};
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            Double value = decimal(text.substring(0, colon).strip(), line);
            Double tolerance = decimal(text.substring(colon + 1).strip(), line);
            if (value == null || tolerance == null) {
                return null;
            }
            if (tolerance < 0) {
                out.error(line, "questions.import.problem.gift.tolerance-negative", text);
                return null;
            }
            return new double[] {value, tolerance};
        }
        Double value = decimal(text, line);
        return value == null ? null : new double[] {value, 0};
    }

    private @Nullable Double decimal(String text, int line) {
        Double value = Numbers.parse(text);
        if (value == null) {
            out.error(line, Numbers.refusal(text));
        }
        return value;
    }

    private Answers matching(int start, int end) {
        List<Item> items = withoutBlankLead(split(start, end, "="));
        List<Option> options = new ArrayList<>();
        for (Item item : items) {
            int arrow = arrow(item.start(), item.end());
            int line = t.lineAt(item.start());
            if (arrow < 0) {
                out.error(line, "questions.import.problem.gift.matching-no-arrow",
                        Texts.excerpt(raw.substring(item.start(), item.end()).strip()));
                continue;
            }
            String left = reader.read(raw.substring(item.start(), arrow), format, line);
            String right = Texts.blankToNull(GiftEscapes.unescape(raw.substring(arrow + 2, item.end()).strip()));
            if (right == null) {
                out.error(line, "questions.import.problem.gift.matching-nothing-after");
                continue;
            }
            // An entry with nothing before '->' is a distractor: a match that belongs to no item.
            options.add(left == null ? Option.distractor(right) : Option.pair(left, right));
        }
        long pairs = options.stream().filter(o -> o.text() != null).count();
        if (pairs < 2) {
            out.error(t.lineAt(start), "questions.import.problem.gift.matching-two-pairs", String.valueOf(pairs));
        } else if (items.size() < 3) {
            reader.warnOnce(t.lineAt(start), "questions.import.problem.gift.matching-three");
        }
        return new Answers(QuestionType.MATCHING, options);
    }

    /**
     * The first {@code ->} in {@code raw[from, to)}, or -1. Escapes do not hide it, as in Moodle. The search
     * stops at {@code to}: searching on past each item made a large matching block take quadratic time.
     */
    private int arrow(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (raw.charAt(i) == '-' && raw.charAt(i + 1) == '>') {
                return i;
            }
        }
        return -1;
    }

    /** An answer's text and {@code #feedback}; null, after reporting, when the text is empty. */
    private @Nullable Option answer(Weighted w, int end, BiFunction<String, String, Option> maker) {
        int hash = t.indexOf("#", w.textStart(), end);
        int line = t.lineAt(w.textStart());
        String text = reader.read(raw.substring(w.textStart(), hash < 0 ? end : hash), format, line);
        String feedback = hash < 0 ? null : reader.read(raw.substring(hash + 1, end), format, t.lineAt(hash));
        if (text == null) {
            out.error(line, "questions.import.problem.empty-answer");
            return null;
        }
        return maker.apply(text, feedback);
    }

    /** A leading {@code %n%} weight, else {@code otherwise}; weights outside -100..100 are errors. */
    private Weighted weighted(Item item, double otherwise) {
        int s = t.skipSpace(item.start(), item.end());
        Matcher m = WEIGHT.matcher(raw).region(s, item.end());
        if (!m.lookingAt()) {
            return unweighted(s, item.end(), otherwise);
        }
        double percent = Double.parseDouble(m.group(1));
        if (percent < -100 || percent > 100) {
            out.error(t.lineAt(s), "questions.import.problem.gift.weight-range", m.group());
            return new Weighted(0, m.end());
        }
        return new Weighted(Numbers.fromPercent(m.group(1)), m.end());
    }

    private Weighted unweighted(int start, int end, double weight) {
        int s = t.skipSpace(start, end);
        Matcher like = WEIGHT_LIKE.matcher(raw).region(s, end);
        if (like.lookingAt()) {
            reader.warnOnce(t.lineAt(s), "questions.import.problem.gift.not-a-weight", like.group());
        }
        return new Weighted(weight, s);
    }

    private void requireFullCredit(List<Option> options, int start) {
        if (!options.isEmpty() && options.stream().noneMatch(o -> o.weight() == 1.0)) {
            out.error(t.lineAt(start), "questions.import.problem.gift.no-full-credit");
        }
    }

    private List<Item> split(int start, int end, String markers) {
        List<Item> items = new ArrayList<>();
        char marker = 0;
        int from = start;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (markers.indexOf(c) >= 0) {
                items.add(new Item(marker, from, i));
                marker = c;
                from = i + 1;
            }
        }
        items.add(new Item(marker, from, end));
        return items;
    }

    private List<Item> withoutBlankLead(List<Item> items) {
        if (!items.isEmpty() && items.get(0).marker() == 0
                && raw.substring(items.get(0).start(), items.get(0).end()).isBlank()) {
            items.remove(0);
        }
        return items;
    }
}
