package org.sourcewise.questions.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.springframework.stereotype.Component;

/** Writes bank entries and their versions; callers own the transaction and the security check. */
@Component
public class QuestionStore {

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final Clock clock;

    QuestionStore(QuestionRepository questions, QuestionVersionRepository versions, Clock clock) {
        this.questions = questions;
        this.versions = versions;
        this.clock = clock;
    }

    public long create(long courseId, QuestionSpec spec, Set<Long> claimIds, @Nullable Long authorId) {
        var now = clock.instant();
        // every caller has checked or given the key
        String key = Objects.requireNonNull(spec.key(), "a question is stored with its key");
        QuestionEntity question = questions.save(new QuestionEntity(courseId, key, spec.title(), spec.category(),
                spec.difficulty(), spec.status(), claimIds, new LinkedHashSet<>(spec.tags()), now));
        versions.save(new QuestionVersionEntity(question.getId(), 1, spec.content(), now, authorId));
        return question.getId();
    }

    /**
     * Saves the editor's spec over {@code question}. Content that differs from the current version
     * becomes a new version, never an edit of the old one: attempts and practice keep pointing at the
     * version they showed, and {@code QuestionBankService}'s version cache stays true. Metadata only
     * (claims, tags, category, difficulty, status, title) changes the question row.
     *
     * @return true when a new version was written
     */
    public boolean update(QuestionEntity question, QuestionSpec spec, Set<Long> claimIds, @Nullable Long authorId) {
        var now = clock.instant();
        QuestionContent current = versions.findByQuestionIdAndVersion(question.getId(), question.getCurrentVersion())
                .orElseThrow().content();
        boolean changed = !current.equals(spec.content());
        if (changed) {
            int next = question.getCurrentVersion() + 1;
            versions.save(new QuestionVersionEntity(question.getId(), next, spec.content(), now, authorId));
            question.makeCurrent(next, now);
        }
        question.describe(spec.title(), spec.category(), spec.difficulty(), spec.status(), claimIds,
                new LinkedHashSet<>(spec.tags()), now);
        return changed;
    }
}
