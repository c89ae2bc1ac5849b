package org.sourcewise.content;

import org.jspecify.annotations.Nullable;

/** A course as lists and the REST API show it; {@code language} is its text's BCP 47 tag (en, de). */
public record CourseInfo(long id, String slug, String title, String summary, @Nullable SourceRef source, int claimCount,
                         String language) {
}
