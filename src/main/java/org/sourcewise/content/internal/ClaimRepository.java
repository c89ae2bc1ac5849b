package org.sourcewise.content.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimRepository extends JpaRepository<ClaimEntity, Long> {
    List<ClaimEntity> findByCourseIdOrderByOrdinal(Long courseId);

    List<ClaimEntity> findByLessonIdOrderByLessonPosition(Long lessonId);

    List<ClaimEntity> findByIdIn(Collection<Long> ids);

    long countByCourseId(Long courseId);
}
