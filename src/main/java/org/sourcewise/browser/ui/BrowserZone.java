package org.sourcewise.browser.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The time zone of the browser the current page is shown in, so that a due date set in Tokyo reads
 * as Tokyo time there and as Lisbon time in Lisbon, whatever zone the server runs in. Vaadin reads
 * the browser's zone when the page starts; without a page (or without the browser saying) it is UTC.
 */
public final class BrowserZone {

    private BrowserZone() {
    }

    public static ZoneId current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return ZoneOffset.UTC;
        }
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        return known(details) ? of(details) : ZoneOffset.UTC;
    }

    /** Whether the browser has reported its details yet: Vaadin holds placeholders (a width of -1) until then. */
    static boolean known(@Nullable ExtendedClientDetails details) {
        return details != null && details.getScreenWidth() != -1;
    }

    /** The zone the browser reported. */
    static ZoneId of(ExtendedClientDetails details) {
        String id = details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknown) {
                // an id this JVM does not know: the offset below still gives the right wall time today
            }
        }
        return ZoneOffset.ofTotalSeconds(details.getTimezoneOffset() / 1000);
    }

    /** {@code at} written by {@code format} in the browser's zone and the page's language. */
    public static String format(DateTimeFormatter format, Instant at) {
        return format.withZone(current()).withLocale(Words.locale()).format(at);
    }
}
