package org.sourcewise.quizzes.internal;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface QuizRepository extends JpaRepository<QuizEntity, Long> {
    List<QuizEntity> findByCourseIdOrderById(Long courseId);

    Optional<QuizEntity> findByCourseIdAndQuizKey(Long courseId, String quizKey);

    boolean existsByCourseIdAndQuizKey(Long courseId, String quizKey);

    /** For the builder's save: the version goes up even when only the slots change. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select q from QuizEntity q where q.id = :id")
    Optional<QuizEntity> findForEdit(Long id);
}
