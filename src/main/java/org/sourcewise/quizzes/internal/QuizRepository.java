package org.sourcewise.quizzes.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizRepository extends JpaRepository<QuizEntity, Long> {
    List<QuizEntity> findByCourseIdOrderById(Long courseId);

    Optional<QuizEntity> findByCourseIdAndQuizKey(Long courseId, String quizKey);
}
