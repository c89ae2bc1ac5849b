/**
 * Class pages: the instructor home, a class with its roster and assignments, assigning a quiz, and
 * self-registration with a join code.
 */
@NullMarked
package org.sourcewise.classes.ui;

import org.jspecify.annotations.NullMarked;
