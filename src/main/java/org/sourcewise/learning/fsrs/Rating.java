package org.sourcewise.learning.fsrs;

/** How well a student recalled an item at a review; {@link #grade()} is FSRS's G. */
public enum Rating {
    /** Forgot: got it wrong. */
    AGAIN(1),
    /** Recalled with serious difficulty. */
    HARD(2),
    /** Recalled. */
    GOOD(3),
    /** Recalled without effort. */
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** FSRS's grade G, 1 (Again) to 4 (Easy). */
    public int grade() {
        return grade;
    }
}
