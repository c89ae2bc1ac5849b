package org.sourcewise.quizzes.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptQuestionRepository extends JpaRepository<AttemptQuestionEntity, AttemptQuestionEntity.Key> {
    List<AttemptQuestionEntity> findByAttemptIdOrderByPosition(Long attemptId);

    List<AttemptQuestionEntity> findByAttemptIdIn(Collection<Long> attemptIds);
}
