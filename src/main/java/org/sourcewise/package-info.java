/**
 * Sourcewise: a source article becomes a course whose every question cites the claim it tests.
 * Each sub-package is a feature (accounts, content, questions, quizzes, learning, classes, reports)
 * with its views in {@code ui}, its REST controllers in {@code api} and its private parts in
 * {@code internal}; {@code ArchitectureTest} keeps them so.
 */
@NullMarked
package org.sourcewise;

import org.jspecify.annotations.NullMarked;
