/**
 * Classes, members and assignments as stored (JPA), who teaches which class, and the demo class.
 */
@NullMarked
package org.sourcewise.classes.internal;

import org.jspecify.annotations.NullMarked;
