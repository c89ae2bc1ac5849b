package org.sourcewise.questions;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A bank question as quizzes see it when they draw: which claims, tags and category it has, and
 * which version is current. Carries no answer key.
 */
public record BankEntry(long questionId, String key, long courseId, QuestionType type, @Nullable String category,
                        Set<String> tags, Set<Long> claimIds, @Nullable Difficulty difficulty, QuestionStatus status,
                        long currentVersionId) {
}
