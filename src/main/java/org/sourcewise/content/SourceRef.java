package org.sourcewise.content;

import java.time.LocalDate;

/** The bibliographic reference of a course's source article. */
public record SourceRef(String title, String author, String publication, LocalDate date, String url, int paragraphs) {
}
