package org.sourcewise.content;

/**
 * A course file that breaks the schema: names the file, the line (0 when unknown), the path inside
 * the file and the reason, so an author can fix it without guessing.
 */
public class CourseFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String path;
    private final String reason;

    public CourseFileException(String file, int line, String path, String reason) {
        super(file + (line > 0 ? ", line " + line : "") + (path == null || path.isEmpty() ? "" : ", at " + path)
                + ": " + reason);
        this.file = file;
        this.line = line;
        this.path = path;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
