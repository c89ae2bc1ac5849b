package org.sourcewise.accounts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV of users that was refused as a whole: every problem with its line (0 for the whole file). No one
 * was created. The message is English; a page says each problem's {@link Problem#parts() parts} in its
 * reader's language.
 */
public class UserImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong on one line (0: the whole file), in one or more parts. */
    public record Problem(int line, List<Refusal> parts) {

        public Problem {
            parts = List.copyOf(parts);
        }

        public Problem(int line, Refusal part) {
            this(line, List.of(part));
        }

        /** The parts in English, joined. */
        public String message() {
            return parts.stream().map(Refusal::english).collect(Collectors.joining("; "));
        }

        @Override
        public String toString() {
            return line == 0 ? message() : "Line " + line + ": " + message();
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
