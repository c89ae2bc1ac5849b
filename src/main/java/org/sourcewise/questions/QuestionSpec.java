package org.sourcewise.questions;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
public record QuestionSpec(@Nullable String key, @Nullable String title, QuestionContent content, List<String> claimKeys,
                           @Nullable String category, List<String> tags, Difficulty difficulty, QuestionStatus status) {

    /** Files and forms may leave out the claims, tags, difficulty and status: they read as none, MEDIUM and DRAFT. */
    public QuestionSpec(@Nullable String key, @Nullable String title, QuestionContent content, @Nullable List<String> claimKeys,
                        @Nullable String category, @Nullable List<String> tags, @Nullable Difficulty difficulty,
                        @Nullable QuestionStatus status) {
        this.key = key;
        this.title = title;
        this.content = content;
        this.claimKeys = claimKeys == null ? List.of() : List.copyOf(claimKeys);
        this.category = category;
        this.tags = tags == null ? List.of() : List.copyOf(tags);
        this.difficulty = difficulty == null ? Difficulty.MEDIUM : difficulty;
        this.status = status == null ? QuestionStatus.DRAFT : status;
    }

    public QuestionType type() {
        return content.type();
    }
}
