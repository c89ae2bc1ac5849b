/**
 * What a student sees: the home page, lessons, and practice with feedback.
 */
@NullMarked
package org.sourcewise.learning.ui;

import org.jspecify.annotations.NullMarked;
