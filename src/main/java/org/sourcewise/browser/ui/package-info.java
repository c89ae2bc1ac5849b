/**
 * What every module's views need from the browser: its time zone ({@link org.sourcewise.browser.ui.BrowserZone}),
 * and the app's words in the page's language ({@link org.sourcewise.browser.ui.Words}, read from
 * {@code i18n/*.properties} by {@link org.sourcewise.browser.ui.Bundles}) with the switch that picks it
 * ({@link org.sourcewise.browser.ui.LanguageSwitch}).
 */
@NamedInterface("ui")
@NullMarked
package org.sourcewise.browser.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
