package org.sourcewise.classes;

import java.util.List;
import org.sourcewise.accounts.Refusal;
import org.sourcewise.browser.Worded;

/**
 * A class change that was refused, with every reason; for a CSV of students each problem names its
 * line (0 for the whole request). Nothing was changed. The message is English; a page says one
 * reason in its reader's language ({@link Worded}), and a list's reasons one by one.
 */
public class ClassException extends RuntimeException implements Worded {

    private static final long serialVersionUID = 1L;

    /** One reason, on a line of an uploaded list (0 when it is not about a line). */
    public record Problem(int line, Refusal reason) {

        /** The reason in English. */
        public String message() {
            return reason.english();
        }
    }

    private final transient List<Problem> problems;

    /** One reason, said by {@code key} of the classes' words with its parameters. */
    public ClassException(String key, Object... params) {
        this(List.of(new Problem(0, Refusal.of(key, params))));
    }

    public ClassException(List<Problem> problems) {
        super(problems.stream().map(p -> p.line() == 0 ? p.message() : "line " + p.line() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The one reason not about a line; for a list, how many of its lines were refused (a page lists them). */
    private Refusal words() {
        if (problems.size() == 1 && problems.getFirst().line() == 0) {
            return problems.getFirst().reason();
        }
        return Refusal.of("classes.refused.lines", problems.size());
    }

    @Override
    public String wordsKey() {
        return words().wordsKey();
    }

    @Override
    public Object[] wordsParams() {
        return words().wordsParams();
    }
}
