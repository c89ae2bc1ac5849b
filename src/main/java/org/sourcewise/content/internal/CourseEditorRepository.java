package org.sourcewise.content.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseEditorRepository extends JpaRepository<CourseEditorEntity, CourseEditorEntity.Key> {

    List<CourseEditorEntity> findByCourseIdOrderByAddedAt(Long courseId);

    List<CourseEditorEntity> findByUserId(Long userId);

    boolean existsByCourseIdAndUserId(Long courseId, Long userId);

    boolean existsByCourseIdAndUserIdAndCreatorTrue(Long courseId, Long userId);
}
