package org.sourcewise.content.internal;

import java.time.LocalDate;
import java.util.List;
import org.sourcewise.content.ClaimKind;

/** The shapes of course.yaml, claims.yaml and lessons.yaml, as docs/course-format.md describes them. */
final class CourseDocs {

    private CourseDocs() {
    }

    record CourseDoc(String slug, String title, String summary, String language, SourceDoc source) {
    }

    record SourceDoc(String title, String author, String publication, LocalDate date, String url, Integer paragraphs) {
    }

    record ClaimsDoc(List<ClaimDoc> claims) {
    }

    record ClaimDoc(String key, ClaimKind kind, String statement, Integer paragraph, String keyPhrase, String context) {
    }

    record LessonsDoc(List<LessonDoc> lessons) {
    }

    record LessonDoc(String key, String title, String introduction, List<String> claims, List<TermDoc> terms,
                     List<String> checks) {
    }

    record TermDoc(String term, String definition) {
    }
}
