package org.sourcewise.questions.formats;

import java.util.Collections;
import java.util.List;
import org.sourcewise.questions.QuestionSpec;

/**
 * A successful import: every question of the input, in input order, and the warnings to show the
 * person importing (text converted from HTML, Moodle quirks followed, and so on).
 *
 * @param warnings     the first {@link ProblemList#LISTED} warnings, by line
 * @param lines        the line each question starts on, parallel to {@code questions} (0 when unknown), so
 *                     that checks made after parsing, such as the bank's, can point at the question
 * @param moreWarnings how many warnings there are beyond those listed
 */
public record ImportResult(List<QuestionSpec> questions, List<ImportProblem> warnings, List<Integer> lines,
                           int moreWarnings) {

    public ImportResult {
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
        lines = lines == null ? Collections.nCopies(questions.size(), 0) : List.copyOf(lines);
        if (lines.size() != questions.size()) {
            throw new IllegalArgumentException("one line per question: " + lines.size() + " lines for "
                    + questions.size() + " questions");
        }
    }

    public ImportResult(List<QuestionSpec> questions, List<ImportProblem> warnings, List<Integer> lines) {
        this(questions, warnings, lines, 0);
    }

    public ImportResult(List<QuestionSpec> questions, List<ImportProblem> warnings) {
        this(questions, warnings, Collections.nCopies(questions.size(), 0), 0);
    }

    /** The line question {@code index} starts on; 0 when unknown. */
    public int lineOf(int index) {
        return lines.get(index);
    }
}
