package org.sourcewise.base.ui;

import com.vaadin.flow.component.page.ColorScheme;
import org.sourcewise.accounts.Appearance;

/** A user's {@link Appearance} as Vaadin's colour scheme, which Lumo's light and dark variants follow. */
final class ColorSchemes {

    private ColorSchemes() {
    }

    static ColorScheme.Value of(Appearance appearance) {
        return switch (appearance) {
            // "light dark": Lumo's colours follow prefers-color-scheme, light when the system says nothing
            case SYSTEM -> ColorScheme.Value.SYSTEM;
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
        };
    }
}
