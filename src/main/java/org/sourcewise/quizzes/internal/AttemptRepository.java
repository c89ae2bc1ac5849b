package org.sourcewise.quizzes.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sourcewise.quizzes.AttemptState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttemptRepository extends JpaRepository<AttemptEntity, Long> {

    List<AttemptEntity> findByQuizIdAndStudentIdOrderByAttemptNumber(Long quizId, Long studentId);

    List<AttemptEntity> findByStudentId(Long studentId);

    List<AttemptEntity> findByQuizId(Long quizId);

    long countByQuizId(Long quizId);

    List<AttemptEntity> findByClassIdAndQuizIdInAndStudentIdIn(Long classId, Collection<Long> quizIds, Collection<Long> studentIds);

    List<AttemptEntity> findByQuizIdAndState(Long quizId, AttemptState state);

    @Query("select a.id from AttemptEntity a where a.state = :state and a.deadline < :before")
    List<Long> findIdsByStateAndDeadlineBefore(AttemptState state, Instant before);

    @Query("select new org.sourcewise.quizzes.internal.AttemptGate(a.studentId, a.state, a.deadline, a.currentPosition) from AttemptEntity a where a.id = :id")
    Optional<AttemptGate> findGate(Long id);

    /** Where the student is, in one statement; 0 when the attempt is not theirs or no longer open. */
    @Modifying
    @Query("update AttemptEntity a set a.currentPosition = :position where a.id = :id and a.studentId = :studentId and a.state = :state")
    int moveTo(long id, long studentId, int position, AttemptState state);

    /** Serialises submissions of one attempt: the second waits, then sees it submitted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AttemptEntity a where a.id = :id")
    Optional<AttemptEntity> findForUpdate(Long id);
}
