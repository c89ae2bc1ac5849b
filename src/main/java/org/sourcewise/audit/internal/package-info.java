/**
 * How audit entries are stored, and the listeners that record logins and account changes.
 */
@NullMarked
package org.sourcewise.audit.internal;

import org.jspecify.annotations.NullMarked;
