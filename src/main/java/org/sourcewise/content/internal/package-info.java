/**
 * Courses, sources, paragraphs, claims and lessons as stored (JPA), and the importer that reads the
 * versioned course files under {@code content/} at start-up.
 */
@NullMarked
package org.sourcewise.content.internal;

import org.jspecify.annotations.NullMarked;
