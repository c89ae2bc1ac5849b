package org.sourcewise.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.sourcewise.accounts.CurrentUser;

/**
 * What a page that does not exist shows, and (through {@link PageFailed}) a record that is not the
 * viewer's: the same words and the same 404 for both, so that trying ids tells nothing about which
 * exist. Inside the app's frame, with a way back home.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFound extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final CurrentUser currentUser;

    PageNotFound(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("page-not-found");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.not-found.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this, currentUser);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Fills {@code page} with the not-found words; one text for a missing record and a forbidden one. */
    static void show(VerticalLayout page, CurrentUser currentUser) {
        page.removeAll();
        page.addClassName("page-not-found");
        page.add(new H1(page.getTranslation("base.not-found.heading")),
                new Paragraph(page.getTranslation("base.not-found.text")),
                new Anchor(MainLayout.homeOf(currentUser), page.getTranslation("base.back-home")));
    }
}
