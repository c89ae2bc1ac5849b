package org.sourcewise.learning;

/**
 * The question practice asks next, for one due claim. The claim itself is not shown before the
 * answer: it would give the answer away.
 *
 * @param claimId        the claim being practised
 * @param question       what to ask, student-safe
 * @param dueCount       claims due now, this one included
 * @param courseLanguage the language of the claim's course (a BCP 47 tag): the lang of the question's words
 */
public record PracticeQuestion(long claimId, StudentQuestion question, int dueCount, String courseLanguage) {
}
