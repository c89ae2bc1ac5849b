package org.sourcewise.content.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceParagraphRepository extends JpaRepository<SourceParagraphEntity, SourceParagraphEntity.Key> {
    List<SourceParagraphEntity> findBySourceIdOrderByNumber(Long sourceId);
}
