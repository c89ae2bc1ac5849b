package org.sourcewise.reports.statistics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Item analysis for one question over the counted attempts that saw it (with random questions,
 * fewer than all). Percentages are of the question's max mark; the discrimination figures compare
 * the question's mark with the rest of the test (the attempt's total minus this mark).
 *
 * @param questionId                      the question
 * @param slots                           the slots it appeared in, ascending
 * @param attemptCount                    counted attempts that saw it (n)
 * @param maxMark                         its max mark
 * @param facilityPercent                 mean mark / max mark * 100
 * @param standardDeviationPercent        sample SD of its marks / max mark * 100; needs n >= 2
 * @param discriminationIndexPercent      Pearson correlation of mark and rest of test * 100; needs
 *                                        n >= 2 and spread in both
 * @param discriminativeEfficiencyPercent covariance of mark and rest / the largest covariance the
 *                                        same two sets of values could have * 100; same conditions
 * @param choices                         option counts, for choice questions
 * @param flags                           reasons to review the question, possibly none
 */
public record QuestionStatistics(String questionId, List<Integer> slots, int attemptCount, double maxMark,
                                 double facilityPercent, OptionalDouble standardDeviationPercent,
                                 OptionalDouble discriminationIndexPercent,
                                 OptionalDouble discriminativeEfficiencyPercent,
                                 Optional<ChoiceAnalysis> choices, Set<QuestionFlag> flags) {

    public QuestionStatistics {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(standardDeviationPercent, "standardDeviationPercent");
        Objects.requireNonNull(discriminationIndexPercent, "discriminationIndexPercent");
        Objects.requireNonNull(discriminativeEfficiencyPercent, "discriminativeEfficiencyPercent");
        Objects.requireNonNull(choices, "choices");
        slots = List.copyOf(slots);
        // EnumSet iterates in declaration order, so serialised flags come out in a stable order.
        flags = Collections.unmodifiableSet(flags.isEmpty()
                ? EnumSet.noneOf(QuestionFlag.class) : EnumSet.copyOf(flags));
    }

    /** Whether any flag is raised. */
    public boolean needsReview() {
        return !flags.isEmpty();
    }
}
