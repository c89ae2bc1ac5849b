package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;

/** Splits import text into numbered lines, whatever the line endings, without a byte order mark. */
final class SourceLines {

    /** One line of input, numbered from 1, without its line ending. */
    record Line(int number, String text) {
    }

    private SourceLines() {
    }

    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static List<Line> split(String text) {
        String body = withoutBom(text);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, body.substring(start, i)));
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < body.length()) {
            lines.add(new Line(number, body.substring(start)));
        }
        return lines;
    }
}
