package org.sourcewise.questions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionVersionRepository extends JpaRepository<QuestionVersionEntity, Long> {

    Optional<QuestionVersionEntity> findByQuestionIdAndVersion(Long questionId, int version);

    List<QuestionVersionEntity> findByIdIn(Collection<Long> ids);

    @org.springframework.data.jpa.repository.Query("select v from QuestionVersionEntity v, QuestionEntity q "
            + "where v.questionId = q.id and v.version = q.currentVersion and q.id in :questionIds")
    List<QuestionVersionEntity> findCurrent(Collection<Long> questionIds);
}
