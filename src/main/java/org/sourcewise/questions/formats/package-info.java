/**
 * Question interchange: reading and writing {@link org.sourcewise.questions.QuestionSpec} lists as
 * Moodle GIFT, Aiken, Moodle XML, CSV and Sourcewise JSON text.
 *
 * <p>The entry point is {@link org.sourcewise.questions.formats.QuestionFormats}. Every import is all or
 * nothing: it returns an {@link org.sourcewise.questions.formats.ImportResult} (questions plus warnings)
 * or throws an {@link org.sourcewise.questions.formats.ImportException} listing every problem with its
 * line. Exports return an {@link org.sourcewise.questions.formats.ExportResult} naming the questions a
 * format could not carry exactly, so nothing is lost without saying so.
 *
 * <p>Only format-level checks live here (syntax, structure, the type rules a format itself imposes).
 * Content rules shared by every source, such as weight sums, belong to the bank's question validator.
 * docs/formats.md describes each format for authors.
 */
@NullMarked
package org.sourcewise.questions.formats;

import org.jspecify.annotations.NullMarked;
