package org.sourcewise.quizzes;

import org.sourcewise.browser.Worded;

/**
 * One thing wrong with a quiz draft, in a teacher's words, and the field it belongs to:
 * {@code title}, {@code description}, {@code timeLimit}, {@code attempts}, {@code passMark},
 * {@code closeAt}, {@code slots}, or {@code slot.N.question|count|source|points} for the slot at list index N.
 * The words are a key of the words files with its parameters, so the builder says them in its page's
 * language; {@link #message()} is the English.
 */
public record QuizProblem(String field, String wordsKey, Object... wordsParams) implements Worded {

    public QuizProblem {
        wordsParams = wordsParams.clone();
    }

    @Override
    public Object[] wordsParams() {
        return wordsParams.clone();
    }

    /** What is wrong, in English (logs, the REST API, tests). */
    public String message() {
        return Worded.english(wordsKey, wordsParams);
    }

    public static String slotField(int index, String part) {
        return "slot." + index + "." + part;
    }
}
