package org.sourcewise.questions.internal;

import java.util.List;
import java.util.Optional;
import org.sourcewise.questions.QuestionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRepository extends JpaRepository<QuestionEntity, Long> {

    List<QuestionEntity> findByCourseIdOrderById(Long courseId);

    List<QuestionEntity> findByCourseIdAndStatus(Long courseId, QuestionStatus status);

    Optional<QuestionEntity> findByCourseIdAndQuestionKey(Long courseId, String questionKey);

    long countByCourseId(Long courseId);
}
