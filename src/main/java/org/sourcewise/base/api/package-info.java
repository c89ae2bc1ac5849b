/**
 * What the REST API of every feature shares: its errors as problem JSON (RFC 9457).
 */
@NullMarked
package org.sourcewise.base.api;

import org.jspecify.annotations.NullMarked;
