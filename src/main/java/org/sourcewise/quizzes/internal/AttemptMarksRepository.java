package org.sourcewise.quizzes.internal;

import java.util.List;
import org.sourcewise.quizzes.AttemptState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttemptMarksRepository extends JpaRepository<AttemptMarksEntity, Long> {

    /** The stored marks of a quiz's attempts in a state, valid or not; the attempt first, as in {@link AttemptQuestionRepository}. */
    @Query("select new org.sourcewise.quizzes.internal.StoredMarksRow(m.attemptId, m.revision, m.marks) "
            + "from AttemptEntity a join AttemptMarksEntity m on m.attemptId = a.id where a.quizId = :quizId and a.state = :state")
    List<StoredMarksRow> findByQuizAndState(Long quizId, AttemptState state);

    @Modifying
    @Query("update AttemptMarksEntity m set m.revision = :revision, m.marks = :marks where m.attemptId = :attemptId")
    int replace(long attemptId, int revision, String marks);
}
