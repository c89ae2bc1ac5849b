package org.sourcewise.quizzes;

import org.sourcewise.accounts.UserId;

/**
 * Whether a student may take a quiz: the classes feature implements it (a quiz assigned to one of the
 * student's classes), so quizzes need not know about classes.
 */
public interface QuizAccessPolicy {

    boolean mayTake(UserId student, long quizId);
}
