/**
 * Accounts: users, their one role (STUDENT, INSTRUCTOR, ADMIN), password hashes, the security
 * configuration for the browser UI and the REST API, and start-up accounts (demo or first admin).
 * Other features learn who is calling through {@link org.sourcewise.accounts.CurrentUser}.
 */
@ApplicationModule(allowedDependencies = {"browser", "browser :: ui"})
@NullMarked
package org.sourcewise.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
