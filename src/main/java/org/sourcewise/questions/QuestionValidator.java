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
import org.sourcewise.browser.Worded;

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

    /**
     * One problem: a key of the words files ({@code questions_<language>.properties}) with its
     * parameters, whose words are a whole sentence ("The question needs a stem.").
     */
    record Problem(String key, List<Object> params) {

        Object[] paramArray() {
            return params.toArray();
        }

        /** The problem as {@link #validate} words it in English: "the question needs a stem". */
        String phrase() {
            String sentence = Worded.english(key, paramArray());
            String phrase = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
            return phrase.isEmpty() ? phrase : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        }
    }

    /**
     * The problems with {@code question}, each an English phrase for a line of an import report
     * ("the question needs a stem"); empty when there are none.
     */
    public static List<String> validate(QuestionContent question) {
        return problems(question).stream().map(Problem::phrase).toList();
    }

    /** The problems with {@code question}, each in words a page can say in its language. */
    static List<Problem> problems(QuestionContent question) {
        List<Problem> problems = new ArrayList<>();
        if (question == null || question.type() == null) {
            problems.add(problem("questions.problem.needs-type"));
            return problems;
        }
        if (question.stem() == null || question.stem().isBlank()) {
            problems.add(problem("questions.problem.needs-stem"));
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
                    problems.add(problem("questions.problem.essay-no-options"));
                }
            }
        }
        return problems;
    }

    private static void singleChoice(List<Option> options, List<Problem> problems) {
        if (options.size() < 2) {
            problems.add(problem("questions.problem.single-two-options"));
        }
        requireTexts(options, "questions.problem.option-text", problems);
        // Moodle's rule: the best option is worth full marks; two full-mark options (either is right) are allowed.
        if (options.stream().noneMatch(QuestionValidator::fullMarks)) {
            problems.add(problem("questions.problem.single-full-marks"));
        }
        if (options.stream().anyMatch(o -> o.weight() < 0)) {
            problems.add(problem("questions.problem.single-negative"));
        }
    }

    private static void multipleResponse(List<Option> options, List<Problem> problems) {
        if (options.size() < 2) {
            problems.add(problem("questions.problem.multiple-two-options"));
        }
        requireTexts(options, "questions.problem.option-text", problems);
        double positive = options.stream().mapToDouble(Option::weight).filter(w -> w > 0).sum();
        if (positive == 0) {
            problems.add(problem("questions.problem.multiple-correct"));
        } else if (Math.abs(positive - 1) > SUM_TOLERANCE) {
            problems.add(problem("questions.problem.multiple-sum", percent(positive)));
        }
    }

    private static void trueFalse(List<Option> options, List<Problem> problems) {
        if (options.size() != 2) {
            problems.add(problem("questions.problem.true-false-two"));
            return;
        }
        if (!"true".equalsIgnoreCase(strip(options.get(0).text()))
                || !"false".equalsIgnoreCase(strip(options.get(1).text()))) {
            problems.add(problem("questions.problem.true-false-order"));
        }
        long correct = options.stream().filter(QuestionValidator::fullMarks).count();
        if (correct != 1 || options.stream().anyMatch(o -> o.weight() > 0 && !fullMarks(o))) {
            problems.add(problem("questions.problem.true-false-one-correct"));
        }
    }

    private static void shortAnswer(List<Option> options, List<Problem> problems) {
        if (options.isEmpty()) {
            problems.add(problem("questions.problem.short-answer-none"));
            return;
        }
        requireTexts(options, "questions.problem.accepted-text", problems);
        unmatchable(options, problems);
        if (options.stream().noneMatch(QuestionValidator::fullMarks)) {
            problems.add(problem("questions.problem.short-answer-full-marks"));
        }
    }

    private static void numeric(List<Option> options, List<Problem> problems) {
        if (options.isEmpty()) {
            problems.add(problem("questions.problem.numeric-none"));
            return;
        }
        if (options.stream().anyMatch(o -> o.value() == null)) {
            problems.add(problem("questions.problem.numeric-value"));
        }
        // Infinity and NaN cannot be marked against, and no format can write them back.
        if (options.stream().anyMatch(o -> o.value() != null && !Double.isFinite(o.value())
                || o.tolerance() != null && !Double.isFinite(o.tolerance()))) {
            problems.add(problem("questions.problem.numeric-finite"));
        }
        if (options.stream().anyMatch(o -> o.tolerance() != null && o.tolerance() < 0)) {
            problems.add(problem("questions.problem.numeric-negative-tolerance"));
        }
        if (options.stream().noneMatch(o -> o.value() != null && fullMarks(o))) {
            problems.add(problem("questions.problem.numeric-full-marks"));
        }
    }

    private static void matching(List<Option> options, List<Problem> problems) {
        long pairs = options.stream().filter(o -> o.text() != null && o.match() != null).count();
        if (pairs < 2) {
            problems.add(problem("questions.problem.matching-two-pairs"));
        }
        Set<String> lefts = new HashSet<>();
        for (Option o : options) {
            if (o.text() == null && (o.match() == null || o.match().isBlank())) {
                problems.add(problem("questions.problem.matching-right-text"));
            } else if (o.text() != null && o.text().isBlank()) {
                problems.add(problem("questions.problem.matching-left-text"));
            } else if (o.text() != null && (o.match() == null || o.match().isBlank())) {
                problems.add(problem("questions.problem.matching-no-match", o.text().strip()));
            }
            if (o.text() != null && !o.text().isBlank() && !lefts.add(o.text().strip())) {
                problems.add(problem("questions.problem.matching-same-left", o.text().strip()));
            }
        }
    }

    private static void ordering(List<Option> options, List<Problem> problems) {
        if (options.size() < 3) {
            problems.add(problem("questions.problem.ordering-three"));
        }
        requireTexts(options, "questions.problem.ordering-text", problems);
        Set<String> seen = new HashSet<>();
        for (Option o : options) {
            if (o.text() != null && !o.text().isBlank() && !seen.add(TextNormalizer.normalize(o.text()))) {
                problems.add(problem("questions.problem.ordering-same", o.text().strip()));
            }
        }
    }

    private static void cloze(QuestionContent question, List<Problem> problems) {
        List<Option> options = question.options();
        int blanks = question.blankCount();
        if (blanks == 0) {
            problems.add(problem("questions.problem.cloze-no-blank"));
        }
        if (options.stream().anyMatch(o -> o.blank() == null || o.blank() < 1)) {
            problems.add(problem("questions.problem.cloze-which-blank"));
        }
        requireTexts(options, "questions.problem.cloze-text", problems);
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
            problems.add(problem("questions.problem.cloze-stem-missing-marks", mark(1), mark(blanks),
                    String.join(", ", missing.stream().map(QuestionValidator::mark).toList()), missing.size()));
        }
        TreeSet<Integer> reported = new TreeSet<>();
        for (int mark : marked) {
            if ((mark < 1 || mark > blanks) && reported.add(mark)) {
                problems.add(problem("questions.problem.stem-marks-unknown-blank", mark(mark)));
            } else if (mark <= blanks && marked.indexOf(mark) != marked.lastIndexOf(mark) && reported.add(mark)) {
                problems.add(problem("questions.problem.stem-marks-blank-twice", mark(mark)));
            }
        }
        for (int blank = 1; blank <= blanks; blank++) {
            final int b = blank;
            List<Option> answers = options.stream().filter(o -> Integer.valueOf(b).equals(o.blank())).toList();
            if (answers.isEmpty()) {
                problems.add(problem("questions.problem.blank-no-answers", mark(b)));
            } else if (answers.stream().noneMatch(QuestionValidator::fullMarks)) {
                problems.add(problem("questions.problem.blank-full-marks", mark(b)));
            }
        }
    }

    private static void requireTexts(List<Option> options, String problemKey, List<Problem> problems) {
        if (options.stream().anyMatch(o -> o.text() == null || o.text().isBlank())) {
            problems.add(problem(problemKey));
        }
    }

    // an answer that normalises to nothing can never be matched, because blank responses score 0
    private static void unmatchable(List<Option> options, List<Problem> problems) {
        for (Option o : options) {
            if (o.text() != null && AnswerPattern.onlyWildcards(o.text())) {
                problems.add(problem("questions.problem.answer-any", o.text().strip()));
            } else if (o.text() != null && !o.text().isBlank() && TextNormalizer.normalize(o.text()).isEmpty()) {
                problems.add(problem("questions.problem.answer-punctuation", o.text().strip()));
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

    /** A weight as a percentage with at most one decimal, for a pattern that writes it as {@code {0,number,#.#}}. */
    private static BigDecimal percent(double weight) {
        return BigDecimal.valueOf(weight * 100).setScale(1, RoundingMode.HALF_UP);
    }

    /** A blank's mark as the stem writes it: {3}. */
    private static String mark(int blank) {
        return "{" + blank + "}";
    }

    private static Problem problem(String key, Object... params) {
        return new Problem(key, List.of(params));
    }
}
