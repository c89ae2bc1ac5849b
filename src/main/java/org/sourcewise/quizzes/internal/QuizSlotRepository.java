package org.sourcewise.quizzes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizSlotRepository extends JpaRepository<QuizSlotEntity, Long> {
    List<QuizSlotEntity> findByQuizIdOrderByPosition(Long quizId);

    List<QuizSlotEntity> findByQuizIdIn(java.util.Collection<Long> quizIds);
}
