package org.sourcewise.reports.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes Moodle-style quiz statistics. The formulas, the conditions under which each figure is
 * left empty, and a worked example are in {@code docs/statistics.md}.
 *
 * <p>Every attempt given must have the same slots with the same max marks (the quiz's structure),
 * and a question must keep its max mark and, for choice questions, its option count and key
 * wherever it appears; anything else is rejected, because the figures would mix incomparable marks.
 * Pass only finished attempts: like Moodle, the statistics assume every counted attempt was graded.
 */
public final class QuizStatistics {

    /** Facility below this flags {@link QuestionFlag#TOO_HARD}. */
    public static final double HARD_FACILITY_PERCENT = 20;
    /** Facility above this flags {@link QuestionFlag#TOO_EASY}. */
    public static final double EASY_FACILITY_PERCENT = 90;
    /** Discrimination index below this flags {@link QuestionFlag#LOW_DISCRIMINATION}. */
    public static final double LOW_DISCRIMINATION_PERCENT = 20;
    /** Bands in the score histogram, each 100 / HISTOGRAM_BINS percentage points wide. */
    public static final int HISTOGRAM_BINS = 10;

    /** Thresholds are compared with this slack so that 20% computed as 19.999999999999996 is still 20%. */
    private static final double THRESHOLD_SLACK = 1e-9;

    private QuizStatistics() {
    }

    /**
     * The statistics of the attempts that {@code selection} counts.
     *
     * @param attempts every finished attempt at one quiz, possibly none
     * @param selection which of each student's attempts to count
     * @throws IllegalArgumentException if attempt ids repeat, a student has two attempts with the
     *                                  same number, or the attempts disagree on the quiz's structure
     */
    public static QuizReport compute(List<AttemptResult> attempts, AttemptSelection selection) {
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(selection, "selection");
        Map<Integer, Double> slotMaxMarks = checkStructure(attempts);
        List<AttemptResult> counted = selection.select(attempts);

        double maxTotal = attempts.isEmpty() ? 0 : attempts.getFirst().maxMark();
        double[] totals = counted.stream().mapToDouble(AttemptResult::totalMark).toArray();

        TestStatistics test = testStatistics(counted, slotMaxMarks, totals, maxTotal);
        List<QuestionStatistics> questions = questionStatistics(counted, totals, maxTotal);
        return new QuizReport(selection, test, questions);
    }

    // ---------------------------------------------------------------- validation

    /** Checks that all attempts share one structure; returns slot -> max mark in slot order. */
    private static Map<Integer, Double> checkStructure(List<AttemptResult> attempts) {
        Map<Integer, Double> slotMaxMarks = new TreeMap<>();
        Map<String, SlotResult> firstSeen = new LinkedHashMap<>();
        Set<String> attemptIds = new HashSet<>();
        for (AttemptResult attempt : attempts) {
            Objects.requireNonNull(attempt, "attempt");
            if (!attemptIds.add(attempt.attemptId())) {
                throw new IllegalArgumentException("attempt id " + attempt.attemptId() + " appears twice");
            }
            if (slotMaxMarks.isEmpty()) {
                attempt.slots().forEach(s -> slotMaxMarks.put(s.slot(), s.maxMark()));
            }
            Map<Integer, Double> own = new TreeMap<>();
            attempt.slots().forEach(s -> own.put(s.slot(), s.maxMark()));
            if (!own.equals(slotMaxMarks)) {
                throw new IllegalArgumentException("attempt " + attempt.attemptId() + " has slots " + own
                        + " (slot=max mark) but the quiz has " + slotMaxMarks);
            }
            for (SlotResult slot : attempt.slots()) {
                SlotResult first = firstSeen.putIfAbsent(slot.questionId(), slot);
                if (first != null) {
                    checkSameQuestion(first, slot, attempt.attemptId());
                }
            }
        }
        return slotMaxMarks;
    }

    private static void checkSameQuestion(SlotResult first, SlotResult other, String attemptId) {
        String where = "question " + other.questionId() + " in attempt " + attemptId;
        if (first.maxMark() != other.maxMark()) {
            throw new IllegalArgumentException(where + " has max mark " + other.maxMark()
                    + " but elsewhere " + first.maxMark());
        }
        Optional<ChoiceResponse> a = first.choiceResponse();
        Optional<ChoiceResponse> b = other.choiceResponse();
        if (a.isPresent() != b.isPresent()) {
            throw new IllegalArgumentException(where + " is a choice question in some attempts only");
        }
        if (a.isPresent() && (a.get().optionCount() != b.get().optionCount()
                || !a.get().keyOptions().equals(b.get().keyOptions()))) {
            throw new IllegalArgumentException(where + " has options/key " + b.get().optionCount() + "/"
                    + b.get().keyOptions() + " but elsewhere " + a.get().optionCount() + "/" + a.get().keyOptions());
        }
    }

    // ---------------------------------------------------------------- test statistics

    private static TestStatistics testStatistics(List<AttemptResult> counted, Map<Integer, Double> slotMaxMarks,
                                                 double[] totals, double maxTotal) {
        int n = totals.length;
        List<HistogramBin> histogram = histogram(totals, maxTotal);
        OptionalDouble none = OptionalDouble.empty();
        if (n == 0) {
            return new TestStatistics(0, maxTotal, none, none, none, none, none, none, none, none, histogram);
        }
        double mean = Numbers.mean(totals);
        OptionalDouble meanPercent = OptionalDouble.of(percent(mean, maxTotal));
        OptionalDouble medianPercent = OptionalDouble.of(percent(Numbers.median(totals), maxTotal));
        if (n < 2) {
            // A single attempt has no spread: the sample SD divides by n - 1 = 0.
            return new TestStatistics(n, maxTotal, meanPercent, medianPercent,
                    none, none, none, none, none, none, histogram);
        }

        double power2 = Numbers.sumOfPowers(totals, mean, 2);
        double k2 = power2 / (n - 1);
        boolean spread = !Numbers.negligibleVariance(k2, maxTotal);
        double sd = spread ? Math.sqrt(k2) : 0;
        OptionalDouble sdPercent = OptionalDouble.of(percent(sd, maxTotal));

        OptionalDouble skewness = none;
        OptionalDouble kurtosis = none;
        OptionalDouble cic = none;
        OptionalDouble errorRatio = none;
        OptionalDouble standardError = none;
        // Moodle computes these only from three attempts and with non-zero variance; CIC included.
        if (n > 2 && spread) {
            double m2 = power2 / n;
            double m3 = Numbers.sumOfPowers(totals, mean, 3) / n;
            double k3 = (double) n * n * m3 / ((n - 1.0) * (n - 2.0));
            skewness = OptionalDouble.of(k3 / Math.pow(k2, 1.5));
            if (n > 3) {
                double m4 = Numbers.sumOfPowers(totals, mean, 4) / n;
                double k4 = (double) n * n * ((n + 1.0) * m4 - 3.0 * (n - 1.0) * m2 * m2)
                        / ((n - 1.0) * (n - 2.0) * (n - 3.0));
                kurtosis = OptionalDouble.of(k4 / (k2 * k2));
            }
            int p = slotMaxMarks.size();
            if (p > 1) {
                double alpha = p / (p - 1.0) * (1 - sumOfSlotVariances(counted, slotMaxMarks) / k2);
                cic = OptionalDouble.of(100 * alpha);
                // alpha <= 1 in exact arithmetic; guard the square root against rounding.
                double ratio = Math.sqrt(Math.max(0, 1 - alpha));
                errorRatio = OptionalDouble.of(100 * ratio);
                standardError = OptionalDouble.of(ratio * percent(sd, maxTotal));
            }
        }
        return new TestStatistics(n, maxTotal, meanPercent, medianPercent, sdPercent,
                skewness, kurtosis, cic, errorRatio, standardError, histogram);
    }

    /** Sum over slots (not questions) of the sample variance of slot marks, as Moodle's CIC uses. */
    private static double sumOfSlotVariances(List<AttemptResult> counted, Map<Integer, Double> slotMaxMarks) {
        int n = counted.size();
        // one pass over the attempts, not one per slot: 5,000 attempts of 20 slots made the search per
        // slot a quarter of a statistics call
        Map<Integer, double[]> marksBySlot = new HashMap<>();
        slotMaxMarks.keySet().forEach(slot -> marksBySlot.put(slot, new double[n]));
        for (int i = 0; i < n; i++) {
            for (SlotResult result : counted.get(i).slots()) {
                double[] marks = marksBySlot.get(result.slot());
                if (marks != null) {
                    marks[i] = result.mark();
                }
            }
        }
        double sum = 0;
        for (double[] marks : marksBySlot.values()) {
            sum += Numbers.sumOfPowers(marks, Numbers.mean(marks), 2) / (n - 1);
        }
        return sum;
    }

    private static List<HistogramBin> histogram(double[] totals, double maxTotal) {
        int[] counts = new int[HISTOGRAM_BINS];
        for (double total : totals) {
            // The slack keeps 30% computed as 29.999999999999996% out of the band below.
            int bin = (int) Math.floor(total * HISTOGRAM_BINS / maxTotal + THRESHOLD_SLACK);
            counts[Math.max(0, Math.min(HISTOGRAM_BINS - 1, bin))]++;
        }
        List<HistogramBin> bins = new ArrayList<>(HISTOGRAM_BINS);
        double width = 100.0 / HISTOGRAM_BINS;
        for (int i = 0; i < HISTOGRAM_BINS; i++) {
            bins.add(new HistogramBin(i * width, (i + 1) * width, counts[i]));
        }
        return bins;
    }

    // ---------------------------------------------------------------- question statistics

    /** One appearance of a question: which counted attempt, and its result there. */
    private record Occurrence(int attempt, SlotResult result) {
    }

    private static List<QuestionStatistics> questionStatistics(List<AttemptResult> counted, double[] totals,
                                                               double maxTotal) {
        Map<String, List<Occurrence>> byQuestion = new LinkedHashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            for (SlotResult slot : counted.get(i).slots()) {
                byQuestion.computeIfAbsent(slot.questionId(), q -> new ArrayList<>()).add(new Occurrence(i, slot));
            }
        }
        boolean[] stronger = strongerGroup(totals, maxTotal);
        return byQuestion.values().stream()
                .map(occurrences -> question(occurrences, totals, stronger, maxTotal))
                .sorted(Comparator.comparingInt((QuestionStatistics q) -> q.slots().getFirst())
                        .thenComparing(QuestionStatistics::questionId))
                .toList();
    }

    /**
     * Attempts whose total is strictly above the median: with an odd count the median attempt
     * itself, and any attempt tied at the median, stays out, so the group is at most half.
     */
    private static boolean[] strongerGroup(double[] totals, double maxTotal) {
        boolean[] stronger = new boolean[totals.length];
        if (totals.length == 0) {
            return stronger;
        }
        double median = Numbers.median(totals);
        for (int i = 0; i < totals.length; i++) {
            stronger[i] = totals[i] > median + Numbers.TIE_TOLERANCE * maxTotal;
        }
        return stronger;
    }

    private static QuestionStatistics question(List<Occurrence> occurrences, double[] totals, boolean[] stronger,
                                               double maxTotal) {
        SlotResult sample = occurrences.getFirst().result();
        int n = occurrences.size();
        double maxMark = sample.maxMark();
        double[] marks = new double[n];
        double[] rest = new double[n];
        double sum = 0;
        Set<Integer> slots = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            Occurrence occurrence = occurrences.get(i);
            marks[i] = occurrence.result().mark();
            rest[i] = totals[occurrence.attempt()] - marks[i];
            sum += marks[i];
            slots.add(occurrence.result().slot());
        }
        double facility = 100 * sum / (n * maxMark);
        ItemAnalysis.ItemFigures figures = ItemAnalysis.analyse(marks, rest, maxMark, maxTotal);
        Optional<ChoiceAnalysis> choices = sample.choiceResponse()
                .map(shape -> choiceAnalysis(shape, occurrences, stronger));

        Set<QuestionFlag> flags = EnumSet.noneOf(QuestionFlag.class);
        if (facility < HARD_FACILITY_PERCENT - THRESHOLD_SLACK) {
            flags.add(QuestionFlag.TOO_HARD);
        }
        if (facility > EASY_FACILITY_PERCENT + THRESHOLD_SLACK) {
            flags.add(QuestionFlag.TOO_EASY);
        }
        OptionalDouble discrimination = figures.discriminationIndexPercent();
        if (discrimination.isPresent() && discrimination.getAsDouble() < LOW_DISCRIMINATION_PERCENT - THRESHOLD_SLACK) {
            flags.add(QuestionFlag.LOW_DISCRIMINATION);
        }
        if (choices.isPresent() && distractorBeatsKey(choices.get())) {
            flags.add(QuestionFlag.DISTRACTOR_BEATS_KEY);
        }
        return new QuestionStatistics(sample.questionId(), List.copyOf(slots), n, maxMark, facility,
                figures.standardDeviationPercent(), discrimination, figures.discriminativeEfficiencyPercent(),
                choices, flags);
    }

    private static ChoiceAnalysis choiceAnalysis(ChoiceResponse shape, List<Occurrence> occurrences,
                                                 boolean[] stronger) {
        int[] chosen = new int[shape.optionCount()];
        int[] chosenByStronger = new int[shape.optionCount()];
        int strongerAttempts = 0;
        int unanswered = 0;
        for (Occurrence occurrence : occurrences) {
            // a choice question's every result has its choice
            ChoiceResponse response = Objects.requireNonNull(occurrence.result().choice());
            boolean strong = stronger[occurrence.attempt()];
            if (strong) {
                strongerAttempts++;
            }
            if (response.chosenOptions().isEmpty()) {
                unanswered++;
            }
            for (int option : response.chosenOptions()) {
                chosen[option]++;
                if (strong) {
                    chosenByStronger[option]++;
                }
            }
        }
        List<OptionStatistics> options = new ArrayList<>(shape.optionCount());
        for (int i = 0; i < shape.optionCount(); i++) {
            options.add(new OptionStatistics(i, shape.keyOptions().contains(i), chosen[i], chosenByStronger[i]));
        }
        return new ChoiceAnalysis(occurrences.size(), strongerAttempts, unanswered, options);
    }

    /**
     * True when a distractor outdraws every key option in the stronger group. Comparing with the
     * most-chosen key (not the least) keeps multi-answer questions from being flagged merely because
     * one of several correct options is less popular.
     */
    private static boolean distractorBeatsKey(ChoiceAnalysis choices) {
        int bestKey = choices.options().stream().filter(OptionStatistics::key)
                .mapToInt(OptionStatistics::chosenByStrongerGroup).max().orElse(0);
        return choices.options().stream().filter(o -> !o.key())
                .anyMatch(o -> o.chosenByStrongerGroup() > bestKey);
    }

    private static double percent(double marks, double maxTotal) {
        return 100 * marks / maxTotal;
    }
}
