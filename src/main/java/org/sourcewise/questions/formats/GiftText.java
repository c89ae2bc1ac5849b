package org.sourcewise.questions.formats;

import java.util.Arrays;
import java.util.List;

/**
 * A GIFT question's lines joined into one raw text (escapes still in place), remembering which source
 * line each character came from so that problems can name their line.
 */
final class GiftText {

    private final String raw;
    private final int[] lineStarts;
    private final int[] lineNumbers;

    private GiftText(String raw, int[] lineStarts, int[] lineNumbers) {
        this.raw = raw;
        this.lineStarts = lineStarts;
        this.lineNumbers = lineNumbers;
    }

    /** Joins the lines, each stripped of surrounding whitespace as Moodle does, with {@code \n}. */
    static GiftText of(List<SourceLines.Line> lines) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] numbers = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            starts[i] = text.length();
            numbers[i] = lines.get(i).number();
            text.append(lines.get(i).text().strip());
        }
        return new GiftText(text.toString(), starts, numbers);
    }

    String raw() {
        return raw;
    }

    int length() {
        return raw.length();
    }

    /** The source line the character at {@code offset} came from. */
    int lineAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return lineNumbers[i >= 0 ? i : Math.max(0, -i - 2)];
    }

    int firstLine() {
        return lineNumbers[0];
    }

    int indexOf(String token, int from, int to) {
        return GiftEscapes.indexOf(raw, token, from, to);
    }

    /** The first offset at or after {@code from} (and before {@code to}) that is not whitespace. */
    int skipSpace(int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i;
    }
}
