package org.sourcewise.reports.statistics;

/**
 * How often one option of a choice question was chosen.
 *
 * @param index                 the option's index in the question's own order, from 0
 * @param key                   whether the option is (one of) the correct answer(s)
 * @param chosen                attempts that chose it
 * @param chosenByStrongerGroup attempts in the stronger group that chose it
 */
public record OptionStatistics(int index, boolean key, int chosen, int chosenByStrongerGroup) {
}
