package org.sourcewise.quizzes;

/**
 * One thing wrong with a quiz draft, in a teacher's words, and the field it belongs to:
 * {@code title}, {@code description}, {@code timeLimit}, {@code attempts}, {@code passMark},
 * {@code closeAt}, {@code slots}, or {@code slot.N.question|count|source|points} for the slot at list index N.
 */
public record QuizProblem(String field, String message) {

    public static String slotField(int index, String part) {
        return "slot." + index + "." + part;
    }
}
