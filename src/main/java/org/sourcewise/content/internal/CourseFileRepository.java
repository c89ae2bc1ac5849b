package org.sourcewise.content.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseFileRepository extends JpaRepository<CourseFileEntity, CourseFileEntity.Key> {
    List<CourseFileEntity> findByCourseId(Long courseId);
}
