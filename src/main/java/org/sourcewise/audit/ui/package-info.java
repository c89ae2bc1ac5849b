/**
 * The audit log for admins: who did what and when, searchable and exported.
 */
@NullMarked
package org.sourcewise.audit.ui;

import org.jspecify.annotations.NullMarked;
