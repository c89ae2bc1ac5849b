package org.sourcewise.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonProgressRepository extends JpaRepository<LessonProgressEntity, LessonProgressEntity.Key> {

    List<LessonProgressEntity> findByUserId(Long userId);

    Optional<LessonProgressEntity> findByUserIdAndLessonId(Long userId, Long lessonId);
}
