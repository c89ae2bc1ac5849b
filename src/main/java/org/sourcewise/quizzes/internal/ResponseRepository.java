package org.sourcewise.quizzes.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResponseRepository extends JpaRepository<ResponseEntity, ResponseEntity.Key> {
    List<ResponseEntity> findByAttemptIdOrderByPosition(Long attemptId);

    /** An answer saved in one statement; 0 when the question has no response row yet. */
    @Modifying
    @Query("update ResponseEntity r set r.answer = :answer, r.savedAt = :at, r.answerVersion = r.answerVersion + 1"
            + " where r.attemptId = :attemptId and r.position = :position")
    int saveAnswer(long attemptId, int position, String answer, java.time.Instant at);

    /**
     * An answer saved only if it is still the version the page last saw; 0 when another window saved
     * it since (or the question has no response row yet).
     */
    @Modifying
    @Query("update ResponseEntity r set r.answer = :answer, r.savedAt = :at, r.answerVersion = r.answerVersion + 1"
            + " where r.attemptId = :attemptId and r.position = :position and r.answerVersion = :seenVersion")
    int saveAnswerIfSeen(long attemptId, int position, String answer, java.time.Instant at, int seenVersion);

    /** Each answered question's save count, for a page that checks whether another window moved on. */
    @Query("select new org.sourcewise.quizzes.internal.AnswerVersion(r.position, r.answerVersion) from ResponseEntity r"
            + " where r.attemptId = :attemptId")
    List<AnswerVersion> findAnswerVersions(long attemptId);

    /**
     * The attempts at these quizzes with an answer waiting for a teacher's grade; one query for a whole
     * class, which reads only the waiting answers through ix_response_needs_grading.
     */
    @Query("select distinct r.attemptId from ResponseEntity r, AttemptEntity a where a.id = r.attemptId and r.needsGrading = true and a.quizId in :quizIds")
    List<Long> findAttemptIdsAwaitingGrading(Collection<Long> quizIds);

    /** Of these attempts, the ones with an answer waiting for a hand grade: one query for a whole list. */
    @Query("select distinct r.attemptId from ResponseEntity r where r.needsGrading = true and r.attemptId in :attemptIds")
    List<Long> findAwaitingGradingAmong(Collection<Long> attemptIds);
}
