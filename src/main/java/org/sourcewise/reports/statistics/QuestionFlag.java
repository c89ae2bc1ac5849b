package org.sourcewise.reports.statistics;

/** Why a question deserves a second look. Thresholds are constants on {@link QuizStatistics}. */
public enum QuestionFlag {

    /** Facility index below {@value QuizStatistics#HARD_FACILITY_PERCENT}%: few got it right. */
    TOO_HARD,
    /** Facility index above {@value QuizStatistics#EASY_FACILITY_PERCENT}%: nearly everyone got it right. */
    TOO_EASY,
    /**
     * Discrimination index below {@value QuizStatistics#LOW_DISCRIMINATION_PERCENT}% (negative
     * included): the question hardly separates strong from weak attempts. Not raised when the
     * index is undefined.
     */
    LOW_DISCRIMINATION,
    /**
     * In the stronger group, some distractor was chosen more often than every key option: the key
     * may be wrong or the distractor defensible.
     */
    DISTRACTOR_BEATS_KEY
}
