package org.sourcewise.quizzes.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccommodationRepository extends JpaRepository<AccommodationEntity, AccommodationEntity.Key> {

    List<AccommodationEntity> findByQuizIdAndStudentIdIn(long quizId, Collection<Long> studentIds);

    List<AccommodationEntity> findByStudentIdIn(Collection<Long> studentIds);
}
