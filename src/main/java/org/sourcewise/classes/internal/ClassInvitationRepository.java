package org.sourcewise.classes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassInvitationRepository extends JpaRepository<ClassInvitationEntity, Long> {

    List<ClassInvitationEntity> findByUserIdOrderByInvitedAt(Long userId);

    List<ClassInvitationEntity> findByClassIdOrderByInvitedAt(Long classId);

    boolean existsByClassIdAndUserId(Long classId, Long userId);
}
