/** The browser's time zone for every module's views ({@link org.sourcewise.browser.ui.BrowserZone}). */
@NamedInterface("ui")
@NullMarked
package org.sourcewise.browser.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
