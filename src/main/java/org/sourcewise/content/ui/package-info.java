/**
 * Drafting a course from an article in the browser: paste or fetch, review candidates, keep claims.
 */
@NullMarked
package org.sourcewise.content.ui;

import org.jspecify.annotations.NullMarked;
