package org.sourcewise.quizzes;

import java.util.List;

/**
 * A saved answer in display terms: choice and ordering values are display indexes (as strings),
 * other types hold the text or number typed, or the right-hand text chosen per matching item.
 */
public record StudentResponse(List<String> values, boolean flagged) {

    public boolean answered() {
        return values.stream().anyMatch(v -> v != null && !v.isBlank());
    }
}
