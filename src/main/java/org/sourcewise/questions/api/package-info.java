/**
 * The courses REST API under {@code /api/v1/courses}: claims, bank export and import (staff only).
 */
@NullMarked
package org.sourcewise.questions.api;

import org.jspecify.annotations.NullMarked;
