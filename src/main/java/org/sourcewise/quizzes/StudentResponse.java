package org.sourcewise.quizzes;

import java.util.List;

/**
 * A saved answer in display terms: choice and ordering values are display indexes (as strings),
 * other types hold the text or number typed, or the right-hand text chosen per matching item.
 *
 * @param version how many times the answer was saved; a page sends it back with its next save, so
 *                that a save from a window that is behind is refused rather than overwriting
 */
public record StudentResponse(List<String> values, boolean flagged, int version) {

    public boolean answered() {
        return values.stream().anyMatch(v -> v != null && !v.isBlank());
    }
}
