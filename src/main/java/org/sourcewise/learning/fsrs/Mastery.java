package org.sourcewise.learning.fsrs;

/**
 * How well a student knows an item now, for progress displays.
 *
 * <p>The rule: {@link #NOT_SEEN} when the item was never reviewed; {@link #MASTERED} when the student
 * would recall it now with probability at least {@value #MIN_RETRIEVABILITY} <em>and</em> its stability
 * is at least {@value #MIN_STABILITY_DAYS} days (recall would still be 90% likely a week after the last
 * review, which one lucky first answer does not earn); {@link #SHAKY} otherwise: seen, but forgotten,
 * not yet durable or long overdue.
 *
 * <p>The retrievability bar sits below the 90% that reviews are scheduled at, so that an item does not
 * flicker to shaky on its due day (whole-day rounding can leave recall at 89.98% then): with the
 * default weights it stays mastered until about 1.9 stabilities after its last review.
 */
public enum Mastery {
    /** Reviewed, recallable now, and durable. */
    MASTERED,
    /** Reviewed, but forgotten, not yet durable or long overdue. */
    SHAKY,
    /** Never reviewed. */
    NOT_SEEN;

    /** Recall probability now at or above which an item can count as mastered. */
    public static final double MIN_RETRIEVABILITY = 0.85;
    /** Stability in days at or above which an item can count as mastered. */
    public static final double MIN_STABILITY_DAYS = 7;

    /** The class of a reviewed item with retrievability {@code r} now and stability {@code s} days. */
    public static Mastery of(double retrievability, double stabilityDays) {
        return retrievability >= MIN_RETRIEVABILITY && stabilityDays >= MIN_STABILITY_DAYS ? MASTERED : SHAKY;
    }
}
