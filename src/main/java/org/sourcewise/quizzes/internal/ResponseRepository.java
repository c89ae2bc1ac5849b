package org.sourcewise.quizzes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseRepository extends JpaRepository<ResponseEntity, ResponseEntity.Key> {
    List<ResponseEntity> findByAttemptIdOrderByPosition(Long attemptId);
}
