package org.sourcewise.content;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The bibliographic reference of a course's source article. */
public record SourceRef(String title, @Nullable String author, @Nullable String publication, @Nullable LocalDate date, @Nullable String url,
                        int paragraphs) {
}
