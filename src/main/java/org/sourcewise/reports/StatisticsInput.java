package org.sourcewise.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.accounts.UserId;
import org.sourcewise.quizzes.ChoiceMarks;
import org.sourcewise.quizzes.MarkedAttempt;
import org.sourcewise.quizzes.MarkedQuestion;
import org.sourcewise.reports.statistics.AttemptResult;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.sourcewise.reports.statistics.ChoiceResponse;
import org.sourcewise.reports.statistics.SlotResult;

/**
 * Turns marked attempts into the statistics package's input. Plain Java. Attempts waiting for an
 * essay grade are left out (the statistics assume every counted attempt was marked); question ids
 * become strings; choice questions keep their authored option indexes.
 *
 * <p>The statistics refuse inconsistent input, which a quiz edited while attempts were made could
 * give; rather than fail, the attempts whose slots and max marks differ from those of the most
 * recent attempt are left out, and a question whose options or key changed between versions is
 * counted without its option analysis.
 */
final class StatisticsInput {

    private StatisticsInput() {
    }

    /** What was computed from, and what was left out. */
    record Prepared(List<AttemptResult> attempts, int awaitingGrading, int otherStructure) {
    }

    static Prepared prepare(List<MarkedAttempt> marked) {
        return prepare(marked, AttemptSelection.ALL);
    }

    /**
     * For "first" and "last" attempts, each student's first or last submitted attempt is chosen
     * before anything is left out, as Moodle does: a first attempt that waits for grading is left out,
     * not replaced by the student's second. "Highest" can only compare marked attempts, and "all"
     * chooses nothing, so for those the leaving out comes first.
     */
    static Prepared prepare(List<MarkedAttempt> marked, AttemptSelection selection) {
        if (selection == AttemptSelection.FIRST || selection == AttemptSelection.LAST) {
            Map<UserId, MarkedAttempt> chosen = new HashMap<>();
            for (MarkedAttempt a : marked) {
                chosen.merge(a.student(), a, (x, y) -> (y.attemptNumber() < x.attemptNumber()) == (selection == AttemptSelection.FIRST) ? y : x);
            }
            marked = marked.stream().filter(a -> chosen.get(a.student()) == a).toList();
        }
        List<MarkedAttempt> graded = marked.stream()
                .filter(a -> !a.awaitingGrading() && !a.questions().isEmpty() && a.questions().stream().allMatch(q -> q.mark() != null))
                .toList();
        int awaiting = marked.size() - graded.size();
        if (graded.isEmpty()) {
            return new Prepared(List.of(), awaiting, 0);
        }
        MarkedAttempt latest = graded.stream().max(java.util.Comparator.comparing(MarkedAttempt::submittedAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).thenComparingLong(MarkedAttempt::attemptId)).orElseThrow();
        Map<Integer, Double> structure = structure(latest);
        List<MarkedAttempt> same = graded.stream().filter(a -> structure(a).equals(structure)).toList();
        Set<Long> inconsistentChoice = inconsistentChoices(same);
        List<AttemptResult> results = new ArrayList<>();
        Map<Long, String> ids = new HashMap<>();
        for (MarkedAttempt a : same) {
            results.add(toResult(a, inconsistentChoice, ids));
        }
        return new Prepared(results, awaiting, graded.size() - same.size());
    }

    /** @param ids question id to its string form, shared between calls: one string per question, not per row */
    static AttemptResult toResult(MarkedAttempt a, Set<Long> withoutChoice, Map<Long, String> ids) {
        List<SlotResult> slots = new ArrayList<>();
        for (MarkedQuestion q : a.questions()) {
            double mark = Math.max(0, Math.min(q.maxMark(), Objects.requireNonNull(q.mark(), "an unmarked question")));
            String id = ids.computeIfAbsent(q.questionId(), String::valueOf);
            ChoiceMarks c = q.choice();
            slots.add(c == null || withoutChoice.contains(q.questionId())
                    ? SlotResult.scored(q.slot(), id, mark, q.maxMark())
                    : SlotResult.withChoice(q.slot(), id, mark, q.maxMark(),
                    new ChoiceResponse(c.optionCount(), c.keyOptions(), c.chosenOptions())));
        }
        return new AttemptResult(String.valueOf(a.attemptId()), String.valueOf(a.student().value()), a.attemptNumber(), slots);
    }

    private static Map<Integer, Double> structure(MarkedAttempt a) {
        Map<Integer, Double> slots = new HashMap<>();
        a.questions().forEach(q -> slots.put(q.slot(), q.maxMark()));
        return slots;
    }

    /** Questions whose max mark, option count or key is not the same in every attempt. */
    private static Set<Long> inconsistentChoices(List<MarkedAttempt> attempts) {
        Map<Long, Set<Shape>> shapes = new HashMap<>();
        attempts.forEach(a -> a.questions().forEach(q -> shapes.computeIfAbsent(q.questionId(), k -> new HashSet<>(2))
                .add(q.choice() == null ? new Shape(q.maxMark(), -1, Set.of())
                        : new Shape(q.maxMark(), q.choice().optionCount(), q.choice().keyOptions()))));
        return shapes.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** What must not change between versions of a question for its options to be compared. */
    private record Shape(double maxMark, int optionCount, Set<Integer> key) {
    }
}
