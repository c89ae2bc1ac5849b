package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcewise.questions.QuestionSpec;

/**
 * Gathers what one import produces. Parsers keep going after an error so that the author sees every
 * problem at once; {@link #finish()} then turns the lot into a result or an exception.
 */
final class ImportCollector {

    private final List<QuestionSpec> questions = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final Map<String, Integer> keyLines = new HashMap<>();

    void error(int line, String message) {
        errors.add(new ImportProblem(line, message));
    }

    void warning(int line, String message) {
        warnings.add(new ImportProblem(line, message));
    }

    int errorCount() {
        return errors.size();
    }

    int questionCount() {
        return questions.size();
    }

    /** Adds a question read at {@code line}; a key used twice in one input is an error, as the bank needs them unique. */
    void question(int line, QuestionSpec spec) {
        if (spec.key() != null) {
            Integer first = keyLines.putIfAbsent(spec.key(), line);
            if (first != null) {
                error(line, "key '" + spec.key() + "' is already used by the question at line " + first);
                return;
            }
        }
        questions.add(spec);
        lines.add(line);
    }

    ImportResult finish() {
        if (!errors.isEmpty()) {
            throw new ImportException(sorted(errors));
        }
        return new ImportResult(questions, sorted(warnings), lines);
    }

    // Stable sort: problems on one line stay in the order they were found.
    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
    }
}
