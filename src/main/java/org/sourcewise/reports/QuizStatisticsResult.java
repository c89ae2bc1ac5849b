package org.sourcewise.reports;

import java.util.Map;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.reports.statistics.QuizReport;

/**
 * A quiz's statistics as the caller may see them.
 *
 * @param report                 the figures; question ids are the bank's question ids as strings
 * @param questionKeys           question id (as in the report) to the question's key in its bank
 * @param leftOutAwaitingGrading submitted attempts not counted because an essay awaits grading
 * @param leftOutOtherStructure  attempts not counted because the quiz's slots changed since
 */
public record QuizStatisticsResult(QuizInfo quiz, QuizReport report, Map<String, String> questionKeys,
                                   int leftOutAwaitingGrading, int leftOutOtherStructure) {
}
