package org.sourcewise.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.browser.Languages;
import org.sourcewise.browser.ui.LanguageSwitch;
import org.springframework.stereotype.Component;

/**
 * Decides each page's language as it is served, and writes it into {@code <html lang>} so that a
 * screen reader speaks the app's words in it: the language a logged-in user chose (on any device),
 * else the one chosen in this browser session, else the browser's first language the app speaks,
 * else English. The session's locale then gives every view on the page its words.
 */
@Component
class LanguageOnFirstPaint implements VaadinServiceInitListener {

    private static final String DECIDED = LanguageOnFirstPaint.class.getName() + ".language";

    private final CurrentUser currentUser;
    private final AccountService accounts;

    LanguageOnFirstPaint(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the UI is made (and its first view built) before the page's HTML is written: its language is set first
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                Locale language = languageOf(request, init.getUI().getSession());
                init.getUI().getSession().setLocale(language);
                init.getUI().setLocale(language);
                connectionWords(init.getUI());
            }
        });
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale language = languageOf(response.getVaadinRequest(), session);
            if (session != null) {
                session.setLocale(language);
            }
            Objects.requireNonNull(response.getDocument().head().parent()).attr("lang", language.toLanguageTag());
        });
    }

    /**
     * Vaadin's connection indicator says its own English when the network drops mid-quiz: its words
     * come from the UI's reconnect settings (reconnecting, gave up) and from the indicator itself (online).
     */
    private static void connectionWords(UI ui) {
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("base.connection.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("base.connection.lost"));
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; }", ui.getTranslation("base.connection.online"));
    }

    /** The request's language, decided once per request (the UI's making and the HTML's writing both ask). */
    private Locale languageOf(VaadinRequest request, @Nullable VaadinSession session) {
        if (request.getAttribute(DECIDED) instanceof Locale decided) {
            return decided;
        }
        Locale language = languageFor(request, session);
        request.setAttribute(DECIDED, language);
        return language;
    }

    private Locale languageFor(VaadinRequest request, @Nullable VaadinSession session) {
        if (currentUser.find().isPresent()) {
            var chosen = accounts.myLanguage();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        if (session != null && session.getAttribute(LanguageSwitch.SESSION_CHOICE) instanceof Locale chosen) {
            return chosen;
        }
        return Languages.bestFor(browserLanguages(request));
    }

    private static List<Locale> browserLanguages(VaadinRequest request) {
        return request instanceof VaadinServletRequest servlet
                ? Collections.list(servlet.getHttpServletRequest().getLocales())
                : List.of(request.getLocale());
    }
}
