package org.sourcewise.questions;

import java.util.List;
import java.util.Map;
import org.sourcewise.questions.formats.ImportProblem;

/**
 * What an import into a course's bank did, or would do on a dry run. Either {@link #errors()} is
 * empty and the questions went in (or would go in), or it lists every problem and nothing was stored.
 *
 * @param stored   true when the questions are in the bank now (never on a dry run or with errors)
 * @param imported how many questions went in, or would go in; 0 with errors
 * @param byType   that count per type, in the order of {@link QuestionType}
 * @param keys     the keys the questions have (or would have) in the bank, generated ones included
 * @param tooLarge true when the file was refused for its size alone
 */
public record QuestionImportReport(boolean stored, int imported, Map<QuestionType, Integer> byType, List<String> keys,
                                   List<ImportProblem> warnings, List<ImportProblem> errors, boolean tooLarge) {

    public QuestionImportReport {
        byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
        keys = List.copyOf(keys);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    static QuestionImportReport failed(List<ImportProblem> errors, List<ImportProblem> warnings, boolean tooLarge) {
        return new QuestionImportReport(false, 0, Map.of(), List.of(), warnings, errors, tooLarge);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
