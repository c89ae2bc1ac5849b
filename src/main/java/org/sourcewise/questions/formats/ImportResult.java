package org.sourcewise.questions.formats;

import java.util.List;
import org.sourcewise.questions.QuestionSpec;

/**
 * A successful import: every question of the input, in input order, and the warnings to show the
 * person importing (text converted from HTML, Moodle quirks followed, and so on).
 */
public record ImportResult(List<QuestionSpec> questions, List<ImportProblem> warnings) {

    public ImportResult {
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
    }
}
