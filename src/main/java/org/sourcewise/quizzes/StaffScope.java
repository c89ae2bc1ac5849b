package org.sourcewise.quizzes;

import java.util.Set;
import org.sourcewise.accounts.UserId;

/**
 * Which classes an instructor teaches: the classes feature implements it, so quizzes need not know
 * about classes. Whether that lets them see an attempt is decided in one place,
 * {@link org.sourcewise.quizzes.rules.AttemptAccess}.
 */
public interface StaffScope {

    /** The ids of the classes this instructor teaches. */
    Set<Long> classesTaughtBy(UserId instructor);

    /** The ids of the students of this class. */
    Set<Long> studentsIn(long classId);
}
