package org.sourcewise.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.base.Failure;
import org.springframework.core.NestedExceptionUtils;

/**
 * What opening a page shows when the view threw. Vaadin's default printed the exception's message
 * ("no such attempt", "this attempt belongs to another student"), which told a prober which ids
 * exist. A record that is missing or not the viewer's shows {@link PageNotFound}'s words with a 404
 * and writes one log line; anything else says plainly that the page could not be opened, with the
 * reference that the log holds beside the stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageFailed extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PageFailed.class);

    private final CurrentUser currentUser;

    PageFailed(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-failed.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception thrown = parameter.getCaughtException();
        Failure failure = Failure.of(thrown);
        String path = event.getLocation().getPath();
        if (failure.kind() == Failure.Kind.NOT_FOUND || failure.kind() == Failure.Kind.FORBIDDEN) {
            String who = currentUser.find().map(u -> u.username()).orElse("a visitor");
            // the root cause too: a view constructor whose service refused arrives wrapped by Spring
            Throwable root = NestedExceptionUtils.getMostSpecificCause(thrown);
            log.info("Refused to open /{} for {}: {}", path, who, root == thrown ? thrown.toString() : thrown + " <- " + root);
            PageNotFound.show(this, currentUser);
            return 404;
        }
        if (failure.kind().logged()) {
            log.error("Opening /{} failed (reference {})", path, failure.reference(), thrown);
        }
        removeAll();
        addClassName("page-failed");
        add(new H1(getTranslation("base.page-failed.heading")), new Paragraph(FailureWords.forOpening(failure)),
                new Anchor(MainLayout.homeOf(currentUser), getTranslation("base.back-home")));
        return failure.kind().status();
    }
}
