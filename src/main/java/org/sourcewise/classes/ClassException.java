package org.sourcewise.classes;

import java.util.List;

/**
 * A class change that was refused, with every reason; for a CSV of students each problem names its
 * line (0 for the whole request). Nothing was changed.
 */
public class ClassException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One reason, on a line of an uploaded list (0 when it is not about a line). */
    public record Problem(int line, String message) {
    }

    private final transient List<Problem> problems;

    public ClassException(String message) {
        this(List.of(new Problem(0, message)));
    }

    public ClassException(List<Problem> problems) {
        super(problems.stream().map(p -> p.line() == 0 ? p.message() : "line " + p.line() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
