package org.sourcewise.quizzes;

import java.util.Optional;
import org.sourcewise.accounts.UserId;

/**
 * Whether a student may take a quiz, and through which class: the classes feature implements it (a
 * quiz assigned to one of the student's classes), so quizzes need not know about classes.
 */
public interface QuizAccessPolicy {

    /**
     * The class through which the student takes the quiz: of the student's classes that have it
     * assigned, the one with the lowest id (the oldest); empty when none has. The attempt keeps it,
     * and the staff of that class are the ones who see the attempt.
     */
    Optional<Long> classThrough(UserId student, long quizId);

    default boolean mayTake(UserId student, long quizId) {
        return classThrough(student, quizId).isPresent();
    }
}
