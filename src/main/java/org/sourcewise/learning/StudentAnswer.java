package org.sourcewise.learning;

import java.util.Collection;
import java.util.List;

/**
 * What a student answered to a {@link StudentQuestion}, in the terms they saw it:
 * <ul>
 *   <li>SINGLE_CHOICE, TRUE_FALSE: {@link #choice(int)}, the index of the picked choice in display order;</li>
 *   <li>MULTIPLE_RESPONSE: {@link #choices(Collection)}, the display indexes of every picked choice;</li>
 *   <li>SHORT_ANSWER, NUMERIC: {@link #text(String)}, what was typed;</li>
 *   <li>ORDERING: {@link #order(List)}, the display indexes of the items in the order the student put them;</li>
 *   <li>MATCHING: {@link #each(List)}, the chosen right-hand text for each prompt ({@code ""} for none);</li>
 *   <li>CLOZE: {@link #each(List)}, the typed or chosen text for each blank.</li>
 * </ul>
 */
public record StudentAnswer(List<String> values) {

    public StudentAnswer {
        values = values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    /** No answer: the student gave up ("I don't know"). */
    public static StudentAnswer none() {
        return new StudentAnswer(List.of());
    }

    public static StudentAnswer choice(int displayIndex) {
        return new StudentAnswer(List.of(Integer.toString(displayIndex)));
    }

    public static StudentAnswer choices(Collection<Integer> displayIndexes) {
        return new StudentAnswer(displayIndexes.stream().sorted().map(i -> Integer.toString(i)).toList());
    }

    public static StudentAnswer text(String typed) {
        return new StudentAnswer(List.of(typed == null ? "" : typed));
    }

    public static StudentAnswer order(List<Integer> displayIndexes) {
        return new StudentAnswer(displayIndexes.stream().map(i -> Integer.toString(i)).toList());
    }

    public static StudentAnswer each(List<String> values) {
        return new StudentAnswer(values);
    }

    /** True when nothing was given: no values or only blank ones. */
    public boolean isBlank() {
        return values.stream().allMatch(String::isBlank);
    }
}
