/**
 * What the REST API of every feature shares: its errors as problem JSON (RFC 9457).
 */
package org.sourcewise.base.api;
