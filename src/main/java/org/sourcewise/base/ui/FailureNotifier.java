package org.sourcewise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.base.Failure;
import org.sourcewise.browser.ui.Words;

/**
 * Every browser session's error handler. Vaadin's default only logs what a click's listener threw,
 * so the person who clicked "Save" or "Start attempt" saw nothing happen when the database refused
 * the write (issue 11). This one logs it with a reference and tells the person, on the page, that it
 * was not done and what to do. The view keeps what was typed: the failed call left its fields alone.
 */
@org.springframework.stereotype.Component
class FailureNotifier implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FailureNotifier.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /** Shows a failure as an error notification that stays until closed. */
    static void show(UI ui, Failure failure) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        Span text = new Span(FailureWords.forPage(failure));
        Button close = new Button(Words.of("base.close"), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(text, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.addClassName("failure-notice");
        notification.open();
    }

    private static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable thrown = event.getThrowable();
            if (!shouldHandle(thrown)) {
                return; // the browser went away mid-request: nobody to tell
            }
            Failure failure = Failure.of(thrown);
            if (failure.kind().logged()) {
                log.error("A browser request failed (reference {})", failure.reference(), thrown);
            } else {
                log.warn("A browser request was refused: {}", thrown.toString());
            }
            UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
            if (ui == UI.getCurrent() && ui != null) {
                show(ui, failure);
            } else if (ui != null) {
                ui.access(() -> show(ui, failure)); // from a background task's access()
            }
        }
    }
}
