package org.sourcewise.base.ui;

import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.Appearance;
import org.sourcewise.accounts.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Writes the logged-in user's colour scheme into the page's {@code <html>} as it is served, so the
 * first paint is already dark for someone who chose dark (no flash of the light theme while the UI
 * connects). Visitors and users who never chose keep the app shell's default, the system's setting.
 */
@Component
class AppearanceOnFirstPaint implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    AppearanceOnFirstPaint(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (currentUser.find().isEmpty()) {
                return;
            }
            Appearance appearance = accounts.myAppearance();
            if (appearance != Appearance.SYSTEM) {
                apply(java.util.Objects.requireNonNull(response.getDocument().head().parent()), ColorSchemes.of(appearance));
            }
        });
    }

    /** What Vaadin's own {@code @ColorScheme} writes: the theme attribute Lumo reads, and the CSS property browsers read. */
    static void apply(Element html, ColorScheme.Value scheme) {
        html.attr("theme", scheme.getThemeValue());
        html.attr("style", "color-scheme: " + scheme.getValue() + ";");
    }
}
