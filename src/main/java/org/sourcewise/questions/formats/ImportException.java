package org.sourcewise.questions.formats;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A failed import. Imports are all or nothing, so this carries the errors found (sorted by line), never
 * just the first, and no questions: the first {@link ProblemList#LISTED} of them and how many more.
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int ERRORS_IN_MESSAGE = 5;

    private final transient List<ImportProblem> errors;
    private final int more;

    public ImportException(List<ImportProblem> errors) {
        this(errors, 0);
    }

    /** {@code errors} listed, and {@code more} found beyond them. */
    public ImportException(List<ImportProblem> errors, int more) {
        super(summary(errors, more));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed import needs at least one error");
        }
        if (more < 0) {
            throw new IllegalArgumentException("more cannot be negative, was " + more);
        }
        this.errors = List.copyOf(errors);
        this.more = more;
    }

    /** The errors listed, in line order: every one, or the first {@link ProblemList#LISTED}. */
    public List<ImportProblem> errors() {
        return errors;
    }

    /** How many errors there are beyond {@link #errors()}. */
    public int more() {
        return more;
    }

    private static String summary(List<ImportProblem> errors, int more) {
        String shown = errors.stream().limit(ERRORS_IN_MESSAGE).map(ImportProblem::toString)
                .collect(Collectors.joining("; "));
        int total = errors.size() + more;
        int unshown = total - Math.min(errors.size(), ERRORS_IN_MESSAGE);
        return total + (total == 1 ? " error: " : " errors: ") + shown
                + (unshown > 0 ? "; and " + unshown + " more" : "");
    }
}
