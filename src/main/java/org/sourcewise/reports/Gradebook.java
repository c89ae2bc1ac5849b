package org.sourcewise.reports;

import java.util.List;
import org.sourcewise.classes.ClassInfo;

/** A class's results: students (by name) by assigned quizzes (soonest due first). */
public record Gradebook(ClassInfo schoolClass, List<GradebookQuiz> quizzes, List<GradebookRow> rows) {

    public Gradebook {
        quizzes = List.copyOf(quizzes);
        rows = List.copyOf(rows);
    }
}
