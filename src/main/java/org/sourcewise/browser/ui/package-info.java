/** The browser's time zone for every module's views ({@link org.sourcewise.browser.ui.BrowserZone}). */
@NamedInterface("ui")
package org.sourcewise.browser.ui;

import org.springframework.modulith.NamedInterface;
