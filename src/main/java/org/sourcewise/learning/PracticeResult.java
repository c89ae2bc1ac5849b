package org.sourcewise.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.learning.fsrs.Mastery;
import org.sourcewise.learning.fsrs.Rating;

/**
 * What happened when a student answered a practice question.
 *
 * @param check       how the answer went, with feedback and explanation
 * @param claim       the claim the question tested, with its citation
 * @param lessonTitle the lesson the claim belongs to, or null
 * @param rating      how the review was rated: AGAIN (wrong or blank), GOOD (right), EASY (right and quick)
 * @param nextDueAt   when the claim is due again
 * @param mastery     how well the student knows the claim now
 * @param dueCount    claims still due now
 */
public record PracticeResult(CheckResult check, ClaimInfo claim, @Nullable String lessonTitle, Rating rating, Instant nextDueAt,
                             Mastery mastery, int dueCount) {
}
