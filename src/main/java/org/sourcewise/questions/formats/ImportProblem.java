package org.sourcewise.questions.formats;

import java.util.List;
import java.util.Locale;
import org.sourcewise.browser.Languages;

/**
 * Something an import found wrong (an error) or worth a look (a warning), at a line of the input.
 *
 * <p>Its words ({@link #words()}) say it in any language the app speaks ({@link #in(Locale)}), for the
 * import page; {@link #message()} is the English, for the REST API, logs and tests. Two problems are
 * equal when they are on the same line and read the same in English.
 */
public final class ImportProblem {

    /** The words of a problem that is already an English sentence: said as it is, in any language. */
    private static final String AS_IS = "questions.import.problem.as-is";
    private static final Locale ENGLISH = Languages.SUPPORTED.getFirst();

    private final int line;
    private final Phrase words;
    private final String message;

    private ImportProblem(int line, Phrase words) {
        if (line < 0) {
            throw new IllegalArgumentException("a line number cannot be negative, was " + line);
        }
        this.line = line;
        this.words = words;
        this.message = words.in(ENGLISH);
        if (message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    /**
     * A problem that is already an English sentence, such as one to compare with or one that another
     * component worded; every language shows it as it is.
     *
     * @param line    the 1-based line of the input the problem is on; 0 when it concerns the whole input
     * @param message what is wrong and, where it helps, how to fix it
     */
    public ImportProblem(int line, String message) {
        this(line, new Phrase(AS_IS, List.of(requireMessage(message))));
    }

    /** A problem at {@code line} said by the words of {@code key}, a {@code questions.import.problem.} key, with {@code params}. */
    public static ImportProblem of(int line, String key, Object... params) {
        return new ImportProblem(line, Phrase.of(key, params));
    }

    /** A problem at {@code line} said by {@code words}. */
    public static ImportProblem of(int line, Phrase words) {
        return new ImportProblem(line, words);
    }

    private static String requireMessage(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
        return message;
    }

    /** The 1-based line of the input the problem is on; 0 when it concerns the whole input. */
    public int line() {
        return line;
    }

    /** What is wrong and, where it helps, how to fix it, in English. */
    public String message() {
        return message;
    }

    /** The problem's words: a key of the words files and its parameters. */
    public Phrase words() {
        return words;
    }

    /** What is wrong in {@code language}, for a page in that language. */
    public String in(Locale language) {
        return words.in(language);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportProblem other && line == other.line && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return 31 * line + message.hashCode();
    }

    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ": " + message;
    }
}
