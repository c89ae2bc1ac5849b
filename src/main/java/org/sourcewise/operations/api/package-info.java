/** The REST API of operations: {@code POST /api/v1/backups} makes a backup, {@code GET} lists them. Admins only. */
@NamedInterface("api")
@NullMarked
package org.sourcewise.operations.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
