package org.sourcewise.quizzes;

import java.util.Set;

/**
 * The options of a choice question in one attempt, as indexes in the question's authored order (the
 * same in every attempt, whatever order the attempt showed them in).
 *
 * @param optionCount   how many options the question has
 * @param keyOptions    the correct options: weight 100% for single choice and true/false, any positive
 *                      weight for multiple response
 * @param chosenOptions what the student picked; empty when unanswered or when the stored answer is malformed
 */
public record ChoiceMarks(int optionCount, Set<Integer> keyOptions, Set<Integer> chosenOptions) {

    public ChoiceMarks {
        keyOptions = Set.copyOf(keyOptions);
        chosenOptions = Set.copyOf(chosenOptions);
    }
}
