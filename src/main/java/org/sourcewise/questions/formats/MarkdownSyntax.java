package org.sourcewise.questions.formats;

import java.util.regex.Pattern;

/**
 * Spots plain text that Markdown would render differently from how it was written, so that importers
 * reading plain text (Aiken, GIFT's [plain] and [moodle]) can say so instead of changing it.
 */
final class MarkdownSyntax {

    private static final Pattern SIGNIFICANT =
            Pattern.compile("[*_`\\[\\]<>#\\\\|]|^\\s*([-+]|\\d+[.)])\\s|\\n", Pattern.MULTILINE);

    private MarkdownSyntax() {
    }

    static boolean mayRenderDifferently(String plainText) {
        return plainText != null && SIGNIFICANT.matcher(plainText).find();
    }
}
