package org.sourcewise.questions;

import java.util.List;
import java.util.stream.Collectors;

/** A save refused because the question has problems; nothing was stored. */
public class InvalidQuestionException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidQuestionException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
