/**
 * Quizzes, slots, attempts, their frozen questions and responses as stored (JPA), the expiry job that
 * submits overdue attempts, and the importer of the versioned quiz files.
 */
@NullMarked
package org.sourcewise.quizzes.internal;

import org.jspecify.annotations.NullMarked;
