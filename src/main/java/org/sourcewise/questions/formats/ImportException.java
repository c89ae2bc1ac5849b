package org.sourcewise.questions.formats;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A failed import. Imports are all or nothing, so this carries every error found (sorted by line),
 * never just the first, and no questions.
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int ERRORS_IN_MESSAGE = 5;

    private final transient List<ImportProblem> errors;

    public ImportException(List<ImportProblem> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed import needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every error, in line order. */
    public List<ImportProblem> errors() {
        return errors;
    }

    private static String summary(List<ImportProblem> errors) {
        String shown = errors.stream().limit(ERRORS_IN_MESSAGE).map(ImportProblem::toString)
                .collect(Collectors.joining("; "));
        int more = errors.size() - ERRORS_IN_MESSAGE;
        return errors.size() + (errors.size() == 1 ? " error: " : " errors: ") + shown
                + (more > 0 ? "; and " + more + " more" : "");
    }
}
