/**
 * Questions and their versions as stored (JPA), the document form of a question, and the importer of the
 * versioned question files.
 */
@NullMarked
package org.sourcewise.questions.internal;

import org.jspecify.annotations.NullMarked;
