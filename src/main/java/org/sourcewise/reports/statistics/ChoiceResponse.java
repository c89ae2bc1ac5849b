package org.sourcewise.reports.statistics;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a student chose in a choice question, with the question's key so that option counts can be
 * told apart as key or distractor. Indexes count from 0 in the question's own (unshuffled) option
 * order, so that the same index means the same option in every attempt.
 *
 * @param optionCount   how many options the question offers
 * @param keyOptions    indexes of the correct options (at least one)
 * @param chosenOptions indexes the student selected; empty when the student left it unanswered
 */
public record ChoiceResponse(int optionCount, Set<Integer> keyOptions, Set<Integer> chosenOptions) {

    public ChoiceResponse {
        if (optionCount < 1) {
            throw new IllegalArgumentException("a choice question needs at least one option, had " + optionCount);
        }
        keyOptions = indexes(keyOptions, optionCount, "key");
        chosenOptions = indexes(chosenOptions, optionCount, "chosen");
        if (keyOptions.isEmpty()) {
            throw new IllegalArgumentException("a choice question needs at least one key option");
        }
    }

    /** A single-answer response: {@code chosen} is null when the student left it unanswered. */
    public static ChoiceResponse single(int optionCount, int key, Integer chosen) {
        return new ChoiceResponse(optionCount, Set.of(key), chosen == null ? Set.of() : Set.of(chosen));
    }

    private static Set<Integer> indexes(Set<Integer> indexes, int optionCount, String what) {
        Objects.requireNonNull(indexes, what + " options");
        for (Integer index : indexes) {
            if (index == null || index < 0 || index >= optionCount) {
                throw new IllegalArgumentException(what + " option " + index + " is outside 0.." + (optionCount - 1));
            }
        }
        // Sorted so that a serialised report lists options in a stable order (trivial for one option,
        // which is most responses: statistics build a hundred thousand of these).
        return indexes.size() <= 1 ? Set.copyOf(indexes) : Collections.unmodifiableSortedSet(new TreeSet<>(indexes));
    }
}
