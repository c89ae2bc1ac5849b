/**
 * Accounts as stored (JPA), how Spring Security loads them, the first admin and the demo accounts.
 */
@NullMarked
package org.sourcewise.accounts.internal;

import org.jspecify.annotations.NullMarked;
