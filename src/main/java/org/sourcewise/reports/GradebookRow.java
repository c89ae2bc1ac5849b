package org.sourcewise.reports;

import java.util.List;
import org.sourcewise.accounts.UserSummary;

/** One student of the class: one cell per assigned quiz, in the gradebook's column order. */
public record GradebookRow(UserSummary student, List<GradeCell> cells) {

    public GradebookRow {
        cells = List.copyOf(cells);
    }

    public GradeCell cell(long quizId) {
        return cells.stream().filter(c -> c.quizId() == quizId).findFirst().orElseThrow();
    }
}
