package org.sourcewise.classes.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {
    List<AssignmentEntity> findByClassIdInOrderByDueAt(Collection<Long> classIds);

    List<AssignmentEntity> findByClassIdOrderByDueAt(Long classId);
}
