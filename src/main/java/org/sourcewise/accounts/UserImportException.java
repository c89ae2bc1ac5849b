package org.sourcewise.accounts;

import java.util.List;

/** A CSV of users that was refused as a whole: every problem with its line (0 for the whole file). No one was created. */
public class UserImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return line == 0 ? message : "Line " + line + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public UserImportException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
