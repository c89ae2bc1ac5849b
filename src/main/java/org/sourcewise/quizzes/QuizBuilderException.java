package org.sourcewise.quizzes;

import java.util.List;

/** A quiz draft was not saved: every problem found, each with its field. */
public class QuizBuilderException extends RuntimeException {

    private final transient List<QuizProblem> problems;

    public QuizBuilderException(List<QuizProblem> problems) {
        super(problems.isEmpty() ? "The quiz was not saved." : problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public QuizBuilderException(String field, String message) {
        this(List.of(new QuizProblem(field, message)));
    }

    public List<QuizProblem> problems() {
        return problems;
    }
}
