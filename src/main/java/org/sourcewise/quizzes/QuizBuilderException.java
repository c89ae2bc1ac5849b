package org.sourcewise.quizzes;

import java.util.List;
import org.sourcewise.browser.Worded;

/**
 * A quiz draft was not saved: every problem found, each with its field and words. As a whole it says
 * its first problem ({@link Worded}); {@link #getMessage()} is that problem's English.
 */
public class QuizBuilderException extends RuntimeException implements Worded {

    private final transient List<QuizProblem> problems;

    public QuizBuilderException(List<QuizProblem> problems) {
        super(problems.isEmpty() ? Worded.english("quizzes.builder.not-saved") : problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public QuizBuilderException(String field, String wordsKey, Object... wordsParams) {
        this(List.of(new QuizProblem(field, wordsKey, wordsParams)));
    }

    public List<QuizProblem> problems() {
        return problems;
    }

    @Override
    public String wordsKey() {
        return problems.isEmpty() ? "quizzes.builder.not-saved" : problems.getFirst().wordsKey();
    }

    @Override
    public Object[] wordsParams() {
        return problems.isEmpty() ? new Object[0] : problems.getFirst().wordsParams();
    }
}
