package org.sourcewise.quizzes.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A student's response to one question, as a list of strings whose meaning depends on the type.
 * Choices are always referred to by their index in the <em>authored</em> order; the caller maps any
 * display shuffling back before scoring.
 *
 * <ul>
 *   <li>SINGLE_CHOICE: {@code [index]}; MULTIPLE_RESPONSE: {@code [index, ...]};
 *       TRUE_FALSE: {@code ["true"]} or {@code ["false"]}</li>
 *   <li>SHORT_ANSWER, NUMERIC, ESSAY: {@code [typed text]}</li>
 *   <li>MATCHING: one value per left item in authored order, the chosen right-hand text ({@code ""}
 *       when unanswered)</li>
 *   <li>ORDERING: the authored indices of the items in the order the student put them</li>
 *   <li>CLOZE: one value per blank, typed or chosen text</li>
 * </ul>
 *
 * @param values the response; never null, a null element is stored as {@code ""}
 */
public record Answer(List<String> values) {

    private static final Answer EMPTY = new Answer(List.of());

    public Answer {
        // null elements would make every scorer check for them; "" already means "left blank"
        values = values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    /** No response at all: the question was skipped. */
    public static Answer empty() {
        return EMPTY;
    }

    public static Answer of(String... values) {
        return new Answer(values == null ? List.of() : Arrays.asList(values));
    }

    /** A choice, multiple-response or ordering answer from authored indices. */
    public static Answer ofIndexes(int... indexes) {
        return new Answer(IntStream.of(indexes).mapToObj(Integer::toString).toList());
    }

    /** A true/false answer. */
    public static Answer ofBoolean(boolean value) {
        return of(Boolean.toString(value));
    }

    /** The value at {@code index}, or {@code ""} when the answer has fewer values. */
    public String valueAt(int index) {
        return index >= 0 && index < values.size() ? values.get(index) : "";
    }

    /** True when the student gave nothing: no values, or only blank ones. */
    public boolean isEmpty() {
        return values.stream().allMatch(String::isBlank);
    }
}
