package org.sourcewise.content;

import java.util.List;
import org.sourcewise.content.drafting.DraftQuestion;

/**
 * Where drafted questions go: the question bank implements this (content cannot depend on it), storing
 * each draft as a DRAFT question linked to its claim. It runs inside the transaction that creates the
 * course, so a writer that throws undoes the whole course.
 */
public interface DraftQuestionWriter {

    /** Stores the drafts in the course's bank; returns how many were stored. */
    int write(long courseId, List<DraftQuestion> drafts);
}
