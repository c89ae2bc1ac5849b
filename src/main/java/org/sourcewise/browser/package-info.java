/**
 * What the views of every module need from the browser they are shown in: its time zone
 * ({@link org.sourcewise.browser.ui.BrowserZone}) and the languages the app can answer it in
 * ({@link org.sourcewise.browser.Languages}). Uses no other module, so that any may use it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.sourcewise.browser;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
