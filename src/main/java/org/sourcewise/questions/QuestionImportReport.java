package org.sourcewise.questions;

import java.util.List;
import java.util.Map;
import org.sourcewise.questions.formats.ImportProblem;
import org.sourcewise.questions.formats.ProblemList;

/**
 * What an import into a course's bank did, or would do on a dry run. Either {@link #errors()} is
 * empty and the questions went in (or would go in), or it lists every problem and nothing was stored.
 *
 * @param stored   true when the questions are in the bank now (never on a dry run or with errors)
 * @param imported how many questions went in, or would go in; 0 with errors
 * @param byType   that count per type, in the order of {@link QuestionType}
 * @param keys     the keys the questions have (or would have) in the bank, generated ones included
 * @param warnings the first {@link ProblemList#LISTED} warnings, by line
 * @param errors   the first {@link ProblemList#LISTED} errors, by line; empty when the import went (or would go) in
 * @param tooLarge true when the file was refused for its size alone
 * @param moreWarnings how many warnings there are beyond those listed
 * @param moreErrors   how many errors there are beyond those listed
 */
public record QuestionImportReport(boolean stored, int imported, Map<QuestionType, Integer> byType, List<String> keys,
                                   List<ImportProblem> warnings, List<ImportProblem> errors, boolean tooLarge,
                                   int moreWarnings, int moreErrors) {

    public QuestionImportReport {
        byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
        keys = List.copyOf(keys);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    static QuestionImportReport failed(ProblemList errors, ProblemList warnings, boolean tooLarge) {
        return new QuestionImportReport(false, 0, Map.of(), List.of(), warnings.listed(), errors.listed(), tooLarge,
                warnings.more(), errors.more());
    }

    /** Every error, counting those not listed. */
    public int errorCount() {
        return errors.size() + moreErrors;
    }

    /** Every warning, counting those not listed. */
    public int warningCount() {
        return warnings.size() + moreWarnings;
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
