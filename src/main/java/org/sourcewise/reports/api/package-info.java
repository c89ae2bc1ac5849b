/**
 * The reports REST API under {@code /api/v1}: class gradebooks and quiz statistics (staff only).
 */
@NullMarked
package org.sourcewise.reports.api;

import org.jspecify.annotations.NullMarked;
