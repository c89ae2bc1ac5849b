/**
 * The database itself rather than a feature: moving a school's data from the embedded H2 to
 * PostgreSQL ({@link org.sourcewise.database.H2ToPostgresCopy}, docs/deployment.md). Plain JDBC and
 * Flyway, run as a command while the app is stopped; it knows tables, not entities, so it uses no
 * other module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.sourcewise.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
