package org.sourcewise.quizzes.internal;

import java.util.List;
import org.sourcewise.quizzes.AttemptState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttemptQuestionRepository extends JpaRepository<AttemptQuestionEntity, AttemptQuestionEntity.Key> {
    List<AttemptQuestionEntity> findByAttemptIdOrderByPosition(Long attemptId);

    /**
     * The questions of every attempt at a quiz in a state, each with its response, in one query by quiz.
     * A join rather than "attempt id in (...)": H2 checks a list of bound parameters row by row, which
     * made the statistics of 5,000 attempts take 40 s. The attempt comes first on purpose: H2 keeps
     * the written order here, and starting from the attempt question read all million of them
     * (EXPLAIN ANALYZE: scanCount 1,000,001) to keep the 100,000 of one quiz.
     */
    @Query("select new org.sourcewise.quizzes.internal.MarkRow(q.attemptId, q.position, q.slotId, q.questionId, q.questionVersionId, "
            + "q.points, r.answer, r.score, r.needsGrading) "
            + "from AttemptEntity a join AttemptQuestionEntity q on q.attemptId = a.id "
            + "left join ResponseEntity r on r.attemptId = q.attemptId and r.position = q.position "
            + "where a.quizId = :quizId and a.state = :state")
    List<MarkRow> findMarksByQuizAndState(Long quizId, AttemptState state);

    /** The same rows for a few attempts (a short list: see above). */
    @Query("select new org.sourcewise.quizzes.internal.MarkRow(q.attemptId, q.position, q.slotId, q.questionId, q.questionVersionId, "
            + "q.points, r.answer, r.score, r.needsGrading) "
            + "from AttemptQuestionEntity q left join ResponseEntity r on r.attemptId = q.attemptId and r.position = q.position "
            + "where q.attemptId in :attemptIds")
    List<MarkRow> findMarksByAttemptIds(java.util.Collection<Long> attemptIds);
}
