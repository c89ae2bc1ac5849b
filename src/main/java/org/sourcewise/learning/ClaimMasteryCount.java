package org.sourcewise.learning;

/**
 * How many students of a class know one claim how well now, by the rule of
 * {@link org.sourcewise.learning.fsrs.Mastery}: each student counts in exactly one of the three.
 */
public record ClaimMasteryCount(long claimId, int mastered, int shaky, int notSeen) {

    public int students() {
        return mastered + shaky + notSeen;
    }
}
