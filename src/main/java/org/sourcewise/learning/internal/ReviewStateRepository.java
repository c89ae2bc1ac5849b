package org.sourcewise.learning.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewStateRepository extends JpaRepository<ReviewStateEntity, ReviewStateEntity.Key> {

    List<ReviewStateEntity> findByUserId(Long userId);

    List<ReviewStateEntity> findByUserIdAndClaimIdIn(Long userId, Collection<Long> claimIds);

    Optional<ReviewStateEntity> findByUserIdAndClaimId(Long userId, Long claimId);

    List<ReviewStateEntity> findByUserIdInAndClaimIdIn(Collection<Long> userIds, Collection<Long> claimIds);
}
