package org.sourcewise.classes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolClassRepository extends JpaRepository<SchoolClassEntity, Long> {
    Optional<SchoolClassEntity> findByJoinCodeIgnoreCase(String joinCode);

    List<SchoolClassEntity> findByIdInOrderByName(Collection<Long> ids);
}
