/**
 * Questions: the course's question bank with versions, the question types' domain records, and
 * the import/export formats ({@code formats}). A question's content is versioned; attempts keep the
 * version they showed. Uses accounts, content (claims and article drafts), base's UI, and browser for
 * the words its pages and refusals say in the reader's language.
 */
@ApplicationModule(allowedDependencies = {"accounts", "base :: ui", "browser", "browser :: ui", "content", "content :: drafting"})
@NullMarked
package org.sourcewise.questions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
