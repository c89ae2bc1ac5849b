package org.sourcewise.questions.formats;

/**
 * Something an import found wrong (an error) or worth a look (a warning).
 *
 * @param line    the 1-based line of the input the problem is on; 0 when it concerns the whole input
 * @param message what is wrong and, where it helps, how to fix it
 */
public record ImportProblem(int line, String message) {

    public ImportProblem {
        if (line < 0) {
            throw new IllegalArgumentException("a line number cannot be negative, was " + line);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ": " + message;
    }
}
