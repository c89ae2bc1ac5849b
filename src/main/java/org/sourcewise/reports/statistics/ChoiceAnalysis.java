package org.sourcewise.reports.statistics;

import java.util.List;

/**
 * Option counts for a choice question over the counted attempts that saw it. The stronger group is
 * the attempts whose total is strictly above the median total of all counted attempts.
 *
 * @param attempts               counted attempts that saw the question
 * @param strongerGroupAttempts  of those, the ones in the stronger group
 * @param unanswered             attempts that chose nothing
 * @param options                one entry per option, in index order
 */
public record ChoiceAnalysis(int attempts, int strongerGroupAttempts, int unanswered,
                             List<OptionStatistics> options) {

    public ChoiceAnalysis {
        options = List.copyOf(options);
    }
}
