/**
 * Signing in and the security configuration of the browser and the API, the open-session registry,
 * and the admin's users page.
 */
@NullMarked
package org.sourcewise.accounts.ui;

import org.jspecify.annotations.NullMarked;
