package org.sourcewise.content;

import java.util.List;
import java.util.Optional;
import org.sourcewise.browser.Worded;

/**
 * An article or its accepted claims cannot become a course: every problem, each with the field it is
 * about ({@code title}, {@code text}, {@code claim 3}, {@code lesson 2}...), and nothing stored.
 * The page says each problem in the reader's language ({@link Problem} is {@link Worded}); the
 * exception's message is the English, for logs.
 */
public class ArticleDraftException extends RuntimeException {

    /** One problem: the field it is about, and the words that say it (a key of the words files and its parameters). */
    public static final class Problem implements Worded {

        private final String field;
        private final String key;
        private final Object[] params;

        public Problem(String field, String key, Object... params) {
            this.field = field;
            this.key = key;
            this.params = params.clone();
        }

        public String field() {
            return field;
        }

        /** The problem in English, starting in lower case. */
        public String message() {
            return Worded.english(key, params);
        }

        @Override
        public String wordsKey() {
            return key;
        }

        @Override
        public Object[] wordsParams() {
            return params.clone();
        }

        @Override
        public String toString() {
            return field + ": " + message();
        }
    }

    private final List<Problem> problems;

    public ArticleDraftException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The message about {@code field}, in English, if there is one. */
    public Optional<String> about(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message).findFirst();
    }
}
