package org.sourcewise.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sourcewise.accounts.CurrentUser;

/** The address everyone lands on after login: forwards to the home of the user's role. */
@Route("")
@PermitAll
class RootView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    RootView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String home = switch (currentUser.require().role()) {
            case STUDENT -> "student";
            case INSTRUCTOR -> "instructor";
            case ADMIN -> "admin";
        };
        event.forwardTo(home);
    }
}
