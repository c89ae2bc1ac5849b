package org.sourcewise.content;

import java.util.List;

/**
 * An article or its accepted claims cannot become a course: every problem, each with the field it is
 * about ({@code title}, {@code text}, {@code claim 3}, {@code lesson 2}...), and nothing stored.
 */
public class ArticleDraftException extends RuntimeException {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public ArticleDraftException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The message about {@code field}, if there is one. */
    public java.util.Optional<String> about(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message).findFirst();
    }
}
