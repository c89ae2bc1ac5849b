package org.sourcewise.content.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonRepository extends JpaRepository<LessonEntity, Long> {
    List<LessonEntity> findByCourseIdOrderByOrdinal(Long courseId);
}
