package org.sourcewise.quizzes.scoring;

import java.util.List;

/**
 * The mark one response earned, with what the review screen needs to explain it.
 *
 * @param fraction           credit from 0 (nothing) to 1 (full marks); multiply by the slot's points
 * @param needsManualGrading true for an answered essay: {@code fraction} stays 0 until a teacher
 *                           grades it with {@link #withManualGrade(double)}
 * @param matchedOptions     indexes into {@code QuestionContent.options()} whose feedback applies to
 *                           this response: the options picked (choice types), the accepted answer that
 *                           matched (short answer, numeric) or, for cloze, the matched answer of each
 *                           blank in blank order; empty for matching, ordering and essay
 * @param parts              the credit (0..1) of each part, for types marked part by part: one entry
 *                           per left item (matching, 1 or 0) or per blank (cloze); empty otherwise
 */
public record Score(double fraction, boolean needsManualGrading, List<Integer> matchedOptions,
                    List<Double> parts) {

    private static final Score ZERO = new Score(0, false, List.of(), List.of());
    private static final Score AWAITING_GRADING = new Score(0, true, List.of(), List.of());

    public Score {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a score's fraction must lie between 0 and 1, was " + fraction);
        }
        matchedOptions = matchedOptions == null ? List.of() : List.copyOf(matchedOptions);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** No credit and nothing to explain: an empty or malformed answer. */
    public static Score zero() {
        return ZERO;
    }

    /** An essay waiting for a teacher. */
    public static Score awaitingGrading() {
        return AWAITING_GRADING;
    }

    /** Credit with the options whose feedback applies, for a type not marked part by part. */
    public static Score of(double fraction, List<Integer> matchedOptions) {
        return new Score(fraction, false, matchedOptions, List.of());
    }

    /** The teacher's grade replaces the provisional 0 and the score no longer waits for grading. */
    public Score withManualGrade(double gradedFraction) {
        return new Score(gradedFraction, false, matchedOptions, parts);
    }

    /** Full marks. */
    public boolean isCorrect() {
        return fraction >= 1.0;
    }

    /** Some credit but not full marks. */
    public boolean isPartiallyCorrect() {
        return fraction > 0 && fraction < 1.0;
    }
}
