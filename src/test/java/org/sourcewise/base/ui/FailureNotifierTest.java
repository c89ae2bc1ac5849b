package org.sourcewise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A click whose service call fails tells the person on the page; Vaadin's default only logged it. */
@IntegrationTest
@WithUserDetails("student")
class FailureNotifierTest extends SpringBrowserlessTest {

    @Test
    void a_write_the_database_refused_shows_an_error_that_stays_until_closed() {
        navigate("", com.vaadin.flow.component.Component.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new DataIntegrityViolationException(
                "could not execute statement", new SQLException("Check constraint invalid: \"CK_ATTEMPT_STATE: \""))));

        Notification shown = $(Notification.class).single();
        assertThat(shown.isOpened()).isTrue();
        assertThat(shown.getDuration()).isZero();
        assertThat(shown.getThemeNames()).contains(NotificationVariant.LUMO_ERROR.getVariantName());
        String text = $(Span.class, shown).first().getText();
        assertThat(text).startsWith("Saving failed").contains("nothing was saved").doesNotContain("CK_ATTEMPT_STATE");

        test($(com.vaadin.flow.component.button.Button.class, shown).first()).click();
        assertThat(shown.isOpened()).isFalse();
    }
}
