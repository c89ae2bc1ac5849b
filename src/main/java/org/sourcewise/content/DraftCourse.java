package org.sourcewise.content;

/** A course made from an article: where it is and what went in. */
public record DraftCourse(long courseId, String slug, String title, int claims, int lessons, int questions) {
}
