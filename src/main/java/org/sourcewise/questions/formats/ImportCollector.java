package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcewise.questions.QuestionSpec;

/**
 * Gathers what one import produces. Parsers keep going after an error so that the author sees every
 * problem at once; {@link #finish()} then turns the lot into a result or an exception.
 */
final class ImportCollector {

    // Plain Java, no Spring: the JDK's logger reaches the application's logging through its bridge.
    private static final System.Logger LOG = System.getLogger(ImportCollector.class.getName());

    private final List<QuestionSpec> questions = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final ProblemList errors = new ProblemList();
    private final ProblemList warnings = new ProblemList();
    private final Map<String, Integer> keyLines = new HashMap<>();

    /** An error at {@code line} said by the words of {@code key} with {@code params}. */
    void error(int line, String key, Object... params) {
        errors.add(ImportProblem.of(line, key, params));
    }

    void error(int line, Phrase words) {
        errors.add(ImportProblem.of(line, words));
    }

    /**
     * Runs the reading of one question so that a fault of ours in it becomes an error at its line rather
     * than a failed request: the author learns which question to look at, and the rest is still checked.
     */
    void guarded(int line, Runnable reading) {
        try {
            reading.run();
        } catch (RuntimeException | StackOverflowError e) {
            unexpected(line, e);
        }
    }

    /** Reports {@code thrown}, a fault of the importer rather than of the file, as an error at {@code line}. */
    void unexpected(int line, Throwable thrown) {
        LOG.log(System.Logger.Level.ERROR, "an importer failed at line " + line, thrown);
        error(line, "questions.import.problem.internal", thrown.getClass().getSimpleName());
    }

    /** A warning at {@code line} said by the words of {@code key} with {@code params}. */
    void warning(int line, String key, Object... params) {
        warnings.add(ImportProblem.of(line, key, params));
    }

    void warning(int line, Phrase words) {
        warnings.add(ImportProblem.of(line, words));
    }

    int errorCount() {
        return errors.total();
    }

    int questionCount() {
        return questions.size();
    }

    /** Adds a question read at {@code line}; a key used twice in one input is an error, as the bank needs them unique. */
    void question(int line, QuestionSpec spec) {
        if (spec.key() != null) {
            Integer first = keyLines.putIfAbsent(spec.key(), line);
            if (first != null) {
                error(line, "questions.import.problem.key-repeated", spec.key(), String.valueOf(first));
                return;
            }
        }
        questions.add(spec);
        lines.add(line);
    }

    ImportResult finish() {
        if (!errors.isEmpty()) {
            throw new ImportException(errors.listed(), errors.more());
        }
        return new ImportResult(questions, warnings.listed(), lines, warnings.more());
    }
}
