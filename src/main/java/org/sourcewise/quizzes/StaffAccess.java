package org.sourcewise.quizzes;

import java.util.Set;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.quizzes.rules.AttemptAccess;
import org.springframework.stereotype.Component;

/** The logged-in user as {@link AttemptAccess} sees them: one query for the classes an instructor teaches. */
@Component
class StaffAccess {

    private final CurrentUser currentUser;
    private final StaffScope scope;

    StaffAccess(CurrentUser currentUser, StaffScope scope) {
        this.currentUser = currentUser;
        this.scope = scope;
    }

    AttemptAccess.Viewer viewer() {
        AccountPrincipal me = currentUser.require();
        Set<Long> taught = me.role() == Role.INSTRUCTOR ? scope.classesTaughtBy(me.id()) : Set.of();
        return new AttemptAccess.Viewer(me.id().value(), me.role(), taught);
    }
}
