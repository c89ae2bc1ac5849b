package org.sourcewise.quizzes.internal;

import java.util.List;
import org.sourcewise.quizzes.AttemptState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttemptQuestionRepository extends JpaRepository<AttemptQuestionEntity, AttemptQuestionEntity.Key> {
    List<AttemptQuestionEntity> findByAttemptIdOrderByPosition(Long attemptId);

    /**
     * The questions of every attempt at a quiz in a state. A join rather than "attempt id in (...)":
     * H2 checks a list of bound parameters row by row, which made 5,000 attempts take 40 s.
     */
    @Query("select q from AttemptQuestionEntity q, AttemptEntity a where a.id = q.attemptId and a.quizId = :quizId and a.state = :state")
    List<AttemptQuestionEntity> findByQuizAndState(Long quizId, AttemptState state);
}
