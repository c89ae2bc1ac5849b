package org.sourcewise.browser.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.sourcewise.browser.Languages;

/**
 * The language switch on every page (issue 18). Each language is listed in its own name, so someone
 * who cannot read the current one still finds theirs. A choice is kept for the browser session and
 * handed to {@code keep} (the user's account, for a logged-in user), and the page is served again in
 * it, so that every word, date and number changes at once.
 */
public class LanguageSwitch extends MenuBar {

    /** The browser session's choice, read when a page is served. */
    public static final String SESSION_CHOICE = LanguageSwitch.class.getName() + ".choice";

    public LanguageSwitch(Consumer<Locale> keep) {
        setId("language-switch");
        addThemeVariants(MenuBarVariant.TERTIARY);
        Locale current = Words.locale();
        Span words = new Span(Languages.ownName(current));
        words.addClassName("language-switch-words");
        Span state = new Span(getTranslation("browser.language.switch"));
        state.addClassName("sr-only");
        MenuItem trigger = addItem(VaadinIcon.GLOBE.create());
        trigger.add(state, words);
        SubMenu menu = trigger.getSubMenu();
        for (Locale language : Languages.SUPPORTED) {
            MenuItem item = menu.addItem(Languages.ownName(language), e -> choose(language, keep));
            item.getElement().setAttribute("lang", language.toLanguageTag());
            item.setCheckable(true);
            item.setChecked(language.getLanguage().equals(current.getLanguage()));
            item.setId("language-" + language.toLanguageTag());
        }
    }

    private static void choose(Locale language, Consumer<Locale> keep) {
        keep.accept(language);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_CHOICE, language);
        session.setLocale(language);
        UI.getCurrent().getPage().reload();
    }
}
