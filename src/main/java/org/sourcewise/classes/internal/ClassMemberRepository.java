package org.sourcewise.classes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassMemberRepository extends JpaRepository<ClassMemberEntity, ClassMemberEntity.Key> {
    List<ClassMemberEntity> findByUserId(Long userId);

    List<ClassMemberEntity> findByClassId(Long classId);

    boolean existsByClassIdAndUserId(Long classId, Long userId);
}
