/**
 * Audit: who did what to whom, and when. Logins and failed logins (from Spring Security's
 * authentication events), account changes (from the accounts feature's events) and grade changes
 * (recorded by the quizzes feature through {@link org.sourcewise.audit.AuditLog}). Admins search it.
 */
@ApplicationModule(allowedDependencies = {"accounts", "browser :: ui"})
@NullMarked
package org.sourcewise.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
