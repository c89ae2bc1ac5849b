/**
 * Reports: the admin console, gradebooks, quiz statistics ({@code statistics}, plain Java), charts
 * and exports. May depend on every other feature; none depends on it.
 */
package org.sourcewise.reports;
