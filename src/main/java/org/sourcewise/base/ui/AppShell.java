package org.sourcewise.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell of every view: Lumo, our stylesheet, and a viewport fit for phones. Lumo's light and
 * dark variants follow the system's setting until a user chooses one (ThemeSwitch).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@ColorScheme(ColorScheme.Value.SYSTEM)
public class AppShell implements AppShellConfigurator {
}
