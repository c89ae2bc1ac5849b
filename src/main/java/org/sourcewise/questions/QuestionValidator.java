package org.sourcewise.questions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lists what stops a question from being marked fairly, in words a teacher understands. An empty
 * list means the {@link Scorer} can mark every possible answer to it as the author intends.
 *
 * <p>Pure: it looks at the content only, never at a bank or a course.
 */
public final class QuestionValidator {

    // weights are authored as percentages like 33.33%, so three of them add up to 99.99%
    private static final double SUM_TOLERANCE = 0.001;
    private static final Pattern BLANK_MARK = Pattern.compile("\\{(\\d+)}");

    private QuestionValidator() {
    }

    /** The problems with {@code question}, each a sentence; empty when there are none. */
    public static List<String> validate(QuestionContent question) {
        List<String> problems = new ArrayList<>();
        if (question == null || question.type() == null) {
            problems.add("the question needs a type");
            return problems;
        }
        if (question.stem() == null || question.stem().isBlank()) {
            problems.add("the question needs a stem");
        }
        List<Option> options = question.options();
        switch (question.type()) {
            case SINGLE_CHOICE -> singleChoice(options, problems);
            case MULTIPLE_RESPONSE -> multipleResponse(options, problems);
            case TRUE_FALSE -> trueFalse(options, problems);
            case SHORT_ANSWER -> shortAnswer(options, problems);
            case NUMERIC -> numeric(options, problems);
            case MATCHING -> matching(options, problems);
            case ORDERING -> ordering(options, problems);
            case CLOZE -> cloze(question, problems);
            case ESSAY -> {
                if (!options.isEmpty()) {
                    problems.add("an essay question is graded by hand and takes no options");
                }
            }
        }
        return problems;
    }

    private static void singleChoice(List<Option> options, List<String> problems) {
        if (options.size() < 2) {
            problems.add("a single-choice question needs at least two options");
        }
        requireTexts(options, "every option needs a text", problems);
        // Moodle's rule: the best option is worth full marks; two full-mark options (either is right) are allowed.
        if (options.stream().noneMatch(QuestionValidator::fullMarks)) {
            problems.add("a single-choice question needs an option worth full marks");
        }
        if (options.stream().anyMatch(o -> o.weight() < 0)) {
            problems.add("a single-choice option cannot take marks away: give wrong options 0% or partial credit");
        }
    }

    private static void multipleResponse(List<Option> options, List<String> problems) {
        if (options.size() < 2) {
            problems.add("a multiple-response question needs at least two options");
        }
        requireTexts(options, "every option needs a text", problems);
        double positive = options.stream().mapToDouble(Option::weight).filter(w -> w > 0).sum();
        if (positive == 0) {
            problems.add("a multiple-response question needs at least one correct option");
        } else if (Math.abs(positive - 1) > SUM_TOLERANCE) {
            problems.add("the weights of the correct options of a multiple-response question must add up to 100%"
                    + " (they add up to " + percent(positive) + ")");
        }
    }

    private static void trueFalse(List<Option> options, List<String> problems) {
        if (options.size() != 2) {
            problems.add("a true/false question needs exactly two options, True and False");
            return;
        }
        if (!"true".equalsIgnoreCase(strip(options.get(0).text()))
                || !"false".equalsIgnoreCase(strip(options.get(1).text()))) {
            problems.add("the options of a true/false question must be True, then False");
        }
        long correct = options.stream().filter(QuestionValidator::fullMarks).count();
        if (correct != 1 || options.stream().anyMatch(o -> o.weight() > 0 && !fullMarks(o))) {
            problems.add("a true/false question needs exactly one correct option, worth full marks");
        }
    }

    private static void shortAnswer(List<Option> options, List<String> problems) {
        if (options.isEmpty()) {
            problems.add("a short-answer question needs at least one accepted answer");
            return;
        }
        requireTexts(options, "every accepted answer needs a text", problems);
        unmatchable(options, problems);
        if (options.stream().noneMatch(QuestionValidator::fullMarks)) {
            problems.add("a short-answer question needs at least one answer worth full marks");
        }
    }

    private static void numeric(List<Option> options, List<String> problems) {
        if (options.isEmpty()) {
            problems.add("a numeric question needs at least one accepted answer");
            return;
        }
        if (options.stream().anyMatch(o -> o.value() == null)) {
            problems.add("every answer of a numeric question needs a value");
        }
        // Infinity and NaN cannot be marked against, and no format can write them back.
        if (options.stream().anyMatch(o -> o.value() != null && !Double.isFinite(o.value())
                || o.tolerance() != null && !Double.isFinite(o.tolerance()))) {
            problems.add("a numeric answer's value and tolerance must be finite numbers (not infinity or NaN)");
        }
        if (options.stream().anyMatch(o -> o.tolerance() != null && o.tolerance() < 0)) {
            problems.add("a numeric answer's tolerance cannot be negative");
        }
        if (options.stream().noneMatch(o -> o.value() != null && fullMarks(o))) {
            problems.add("a numeric question needs at least one answer worth full marks");
        }
    }

    private static void matching(List<Option> options, List<String> problems) {
        long pairs = options.stream().filter(o -> o.text() != null && o.match() != null).count();
        if (pairs < 2) {
            problems.add("a matching question needs at least two pairs");
        }
        Set<String> lefts = new HashSet<>();
        for (Option o : options) {
            if (o.text() == null && (o.match() == null || o.match().isBlank())) {
                problems.add("every right-hand choice of a matching question needs a text");
            } else if (o.text() != null && o.text().isBlank()) {
                problems.add("every left item of a matching question needs a text");
            } else if (o.text() != null && (o.match() == null || o.match().isBlank())) {
                problems.add("the left item \"" + o.text().strip() + "\" has no right-hand match");
            }
            if (o.text() != null && !o.text().isBlank() && !lefts.add(o.text().strip())) {
                problems.add("two pairs have the same left item \"" + o.text().strip() + "\"");
            }
        }
    }

    private static void ordering(List<Option> options, List<String> problems) {
        if (options.size() < 3) {
            problems.add("an ordering question needs at least three items");
        }
        requireTexts(options, "every item of an ordering question needs a text", problems);
        Set<String> seen = new HashSet<>();
        for (Option o : options) {
            if (o.text() != null && !o.text().isBlank() && !seen.add(TextNormalizer.normalize(o.text()))) {
                problems.add("two items read the same (\"" + o.text().strip()
                        + "\"), so students cannot tell which goes where");
            }
        }
    }

    private static void cloze(QuestionContent question, List<String> problems) {
        List<Option> options = question.options();
        int blanks = question.blankCount();
        if (blanks == 0) {
            problems.add("a cloze question needs at least one blank with answers");
        }
        if (options.stream().anyMatch(o -> o.blank() == null || o.blank() < 1)) {
            problems.add("every answer of a cloze question must say which blank, from 1, it belongs to");
        }
        requireTexts(options, "every answer of a cloze question needs a text", problems);
        unmatchable(options, problems);
        List<Integer> marked = new ArrayList<>();
        Matcher m = BLANK_MARK.matcher(question.stem() == null ? "" : question.stem());
        while (m.find()) {
            marked.add(parseBlank(m.group(1)));
        }
        TreeSet<Integer> missing = new TreeSet<>();
        for (int blank = 1; blank <= blanks; blank++) {
            if (!marked.contains(blank)) {
                missing.add(blank);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("a cloze stem must mark every blank {1}..{" + blanks + "}: "
                    + String.join(", ", missing.stream().map(b -> "{" + b + "}").toList())
                    + (missing.size() == 1 ? " is missing" : " are missing"));
        }
        TreeSet<Integer> reported = new TreeSet<>();
        for (int mark : marked) {
            if ((mark < 1 || mark > blanks) && reported.add(mark)) {
                problems.add("the stem marks blank {" + mark + "}, which has no answers");
            } else if (mark <= blanks && marked.indexOf(mark) != marked.lastIndexOf(mark) && reported.add(mark)) {
                problems.add("the stem marks blank {" + mark + "} more than once");
            }
        }
        for (int blank = 1; blank <= blanks; blank++) {
            final int b = blank;
            List<Option> answers = options.stream().filter(o -> Integer.valueOf(b).equals(o.blank())).toList();
            if (answers.isEmpty()) {
                problems.add("blank {" + b + "} has no answers");
            } else if (answers.stream().noneMatch(QuestionValidator::fullMarks)) {
                problems.add("blank {" + b + "} needs at least one answer worth full marks");
            }
        }
    }

    private static void requireTexts(List<Option> options, String problem, List<String> problems) {
        if (options.stream().anyMatch(o -> o.text() == null || o.text().isBlank())) {
            problems.add(problem);
        }
    }

    // an answer that normalises to nothing can never be matched, because blank responses score 0
    private static void unmatchable(List<Option> options, List<String> problems) {
        for (Option o : options) {
            if (o.text() != null && AnswerPattern.onlyWildcards(o.text())) {
                problems.add("the answer \"" + o.text().strip() + "\" would accept any response at all: list the"
                        + " answers you mean, with a star only inside one (such as Fro*)");
            } else if (o.text() != null && !o.text().isBlank() && TextNormalizer.normalize(o.text()).isEmpty()) {
                problems.add("the answer \"" + o.text().strip()
                        + "\" is only punctuation, which marking ignores, so no student can match it");
            }
        }
    }

    private static boolean fullMarks(Option o) {
        return o.weight() >= 1 - 1e-9;
    }

    private static int parseBlank(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLong) {
            return Integer.MAX_VALUE;
        }
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static String percent(double weight) {
        return BigDecimal.valueOf(weight * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
