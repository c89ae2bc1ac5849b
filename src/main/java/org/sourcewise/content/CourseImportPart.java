package org.sourcewise.content;

/**
 * A feature's share of a course file set (questions.yaml, quizzes.yaml). The content importer runs
 * the parts after its own files, in {@link #order()}, inside the one transaction of the course's
 * import: a part that throws {@link CourseFileException} undoes the whole course.
 */
public interface CourseImportPart {

    /** The file this part reads, such as {@code questions.yaml}. */
    String fileName();

    /** Parts run in ascending order; a part may rely on what lower ones put in the context. */
    int order();

    void importFile(CourseImportContext context);
}
