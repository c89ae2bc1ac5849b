package org.sourcewise.browser.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Shows a freshly loaded page again once the browser has told its time zone, when that zone is not
 * the UTC the page was first drawn in. The first response of a page renders its view on the server
 * at once (eager server load, which lets a missing page answer HTTP 404), before the browser could
 * say where it is; without this, dates on the first page after a login or a reload would read in UTC.
 * Navigation within the page keeps the zone, so this happens at most once per page load.
 */
@Component
class BrowserZoneRefresh implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            if (!BrowserZone.known(ui.getPage().getExtendedClientDetails())) {
                ui.getPage().retrieveExtendedClientDetails(details -> {
                    if (!BrowserZone.of(details).normalized().equals(ZoneOffset.UTC)) {
                        ui.refreshCurrentRoute(false);
                    }
                });
            }
        });
    }
}
