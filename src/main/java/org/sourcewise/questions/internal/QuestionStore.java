package org.sourcewise.questions.internal;

import java.time.Clock;
import java.util.Set;
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

    public long create(long courseId, QuestionSpec spec, Set<Long> claimIds, Long authorId) {
        var now = clock.instant();
        QuestionEntity question = questions.save(new QuestionEntity(courseId, spec.key(), spec.title(), spec.category(),
                spec.difficulty(), spec.status(), claimIds, new java.util.LinkedHashSet<>(spec.tags()), now));
        versions.save(new QuestionVersionEntity(question.getId(), 1, spec.content(), now, authorId));
        return question.getId();
    }
}
