/**
 * Operations: consistent online backups of the database (issue 14), made from the admin console or
 * over the REST API while the app runs. H2 with its {@code BACKUP TO}; PostgreSQL with {@code pg_dump}.
 * docs/deployment.md says how to restore.
 */
@ApplicationModule(allowedDependencies = {"audit", "browser"})
@NullMarked
package org.sourcewise.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
