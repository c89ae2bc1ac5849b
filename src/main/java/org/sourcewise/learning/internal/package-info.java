/**
 * Review states and lesson progress as stored (JPA), the FSRS scheduling rules in use, and the listeners
 * that update mastery after a submit or a hand grade, each event applied once.
 */
@NullMarked
package org.sourcewise.learning.internal;

import org.jspecify.annotations.NullMarked;
