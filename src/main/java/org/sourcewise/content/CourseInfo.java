package org.sourcewise.content;

/** A course as lists and the REST API show it. */
public record CourseInfo(long id, String slug, String title, String summary, SourceRef source, int claimCount) {
}
