package org.sourcewise.questions;

import java.util.List;

/**
 * A question as files and importers describe it: its content plus bank metadata. Course files,
 * GIFT/Aiken/CSV/JSON importers and exporters all speak this record; the bank stores it.
 *
 * @param key        a stable id within the course (course files: e.g. {@code q-rail-01}); null when
 *                   an importer has none, and the bank assigns one
 * @param title      a short name (GIFT's {@code ::title::}), optional
 * @param claimKeys  keys of the claims the question tests
 * @param category   a path such as {@code Lesson 2/Rail}, optional
 */
public record QuestionSpec(String key, String title, QuestionContent content, List<String> claimKeys,
                           String category, List<String> tags, Difficulty difficulty, QuestionStatus status) {

    public QuestionSpec {
        claimKeys = claimKeys == null ? List.of() : List.copyOf(claimKeys);
        tags = tags == null ? List.of() : List.copyOf(tags);
        difficulty = difficulty == null ? Difficulty.MEDIUM : difficulty;
        status = status == null ? QuestionStatus.DRAFT : status;
    }

    public QuestionType type() {
        return content.type();
    }
}
