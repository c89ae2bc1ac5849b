package org.sourcewise.quizzes;

import java.util.Set;
import org.sourcewise.accounts.UserId;

/**
 * Which students a member of staff may see the attempts of: the classes feature implements it (the
 * students of the classes an instructor teaches), so quizzes need not know about classes. Admins see
 * every student without asking.
 */
public interface StaffScope {

    /** The ids of the students in the classes this instructor teaches. */
    Set<Long> studentsTaughtBy(UserId instructor);
}
