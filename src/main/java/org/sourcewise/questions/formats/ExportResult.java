package org.sourcewise.questions.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An export: the text, and the questions left out because the format cannot carry them exactly, each
 * as {@code "<key or position>: <reason>"}. A question is either written whole or listed here.
 */
public record ExportResult(String text, List<String> skipped) {

    public ExportResult {
        skipped = List.copyOf(skipped);
    }

    /** The text as UTF-8 bytes, the encoding every Sourcewise format uses. */
    public byte[] utf8() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
