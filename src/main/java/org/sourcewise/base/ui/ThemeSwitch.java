package org.sourcewise.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.EnumMap;
import java.util.Map;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.Appearance;
import org.sourcewise.browser.ui.Words;

/**
 * The theme switch in the main layout and the attempt page's bar: follow the system (the default), light or dark. The choice is
 * applied at once and kept on the user, so it follows them to another device; the page is served in
 * it from then on ({@link AppearanceOnFirstPaint}).
 */
public class ThemeSwitch extends MenuBar {

    static String words(Appearance appearance) {
        return Words.of("base.theme." + appearance.name().toLowerCase());
    }

    private final AccountService accounts;
    private final Span state = new Span();
    private final Map<Appearance, MenuItem> choices = new EnumMap<>(Appearance.class);

    public ThemeSwitch(AccountService accounts) {
        this.accounts = accounts;
        setId("theme-switch");
        addThemeVariants(MenuBarVariant.TERTIARY);
        Span words = new Span(getTranslation("base.theme.switch"));
        words.addClassName("theme-switch-words");
        // the button's name is its text: "Theme" as shown, and the current choice for a screen reader
        state.addClassName("sr-only");
        MenuItem trigger = addItem(VaadinIcon.ADJUST.create());
        trigger.add(words, state);
        SubMenu menu = trigger.getSubMenu();
        for (Appearance appearance : Appearance.values()) {
            MenuItem item = menu.addItem(words(appearance), e -> choose(appearance));
            item.setCheckable(true);
            item.setId("theme-" + appearance.name().toLowerCase());
            choices.put(appearance, item);
        }
        show(accounts.myAppearance());
    }

    private void choose(Appearance appearance) {
        accounts.chooseAppearance(appearance);
        UI.getCurrent().getPage().setColorScheme(ColorSchemes.of(appearance));
        show(appearance);
    }

    private void show(Appearance current) {
        choices.forEach((appearance, item) -> item.setChecked(appearance == current));
        // the button's name after "Theme": the choice as a phrase ("Theme: follow the system")
        state.setText(switch (current) {
            case SYSTEM -> getTranslation("base.theme.state.system");
            case LIGHT -> getTranslation("base.theme.state.light");
            case DARK -> getTranslation("base.theme.state.dark");
        });
    }
}
