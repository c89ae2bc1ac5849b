/**
 * Charts as SVG markup, drawn on the server with JFreeChart into JFreeSVG: score histogram, facility
 * against discrimination, claim mastery bars. Plain Java: numbers in, an SVG string out; no Spring,
 * no Vaadin. Views embed the markup and show the same figures in a table beside it.
 */
@NullMarked
package org.sourcewise.reports.charts;

import org.jspecify.annotations.NullMarked;
