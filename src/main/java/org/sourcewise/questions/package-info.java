/**
 * Questions: the course's question bank with versions, the question types' domain records, and
 * the import/export formats ({@code formats}). A question's content is versioned; attempts keep the
 * version they showed. Depends on content (claims) only.
 */
package org.sourcewise.questions;
