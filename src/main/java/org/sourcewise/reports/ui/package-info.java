/**
 * Reports in the browser: the admin home, gradebook, statistics, class claim mastery and a student's results.
 */
@NullMarked
package org.sourcewise.reports.ui;

import org.jspecify.annotations.NullMarked;
