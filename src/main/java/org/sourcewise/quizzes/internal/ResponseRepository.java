package org.sourcewise.quizzes.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseRepository extends JpaRepository<ResponseEntity, ResponseEntity.Key> {
    List<ResponseEntity> findByAttemptIdOrderByPosition(Long attemptId);

    List<ResponseEntity> findByAttemptIdIn(Collection<Long> attemptIds);

    /** Of these attempts, the ones with an answer waiting for a teacher's grade; one query for a whole class. */
    @Query("select distinct r.attemptId from ResponseEntity r where r.needsGrading = true and r.attemptId in :attemptIds")
    List<Long> findAttemptIdsAwaitingGrading(Collection<Long> attemptIds);
}
