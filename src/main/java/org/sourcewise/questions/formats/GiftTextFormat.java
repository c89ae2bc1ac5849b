package org.sourcewise.questions.formats;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * GIFT's text formats, chosen by a prefix such as {@code [html]} on a text; a question text's format is
 * the default for its answers and feedback. Sourcewise texts are Markdown, so text without a prefix is
 * read as Markdown (Moodle would read it as its own "moodle" auto-format).
 */
enum GiftTextFormat {
    MARKDOWN, HTML, PLAIN, MOODLE;

    /** A text's format and the text after the prefix. */
    record Prefixed(GiftTextFormat format, String rest) {
    }

    /** Reads a leading {@code [name]}; an unknown name is not a prefix but text, as in Moodle (think "[1] ..."). */
    static Prefixed split(String text, GiftTextFormat inherited) {
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end > 0) {
                GiftTextFormat named = byName(text.substring(1, end));
                if (named != null) {
                    return new Prefixed(named, text.substring(end + 1));
                }
            }
        }
        return new Prefixed(inherited, text);
    }

    private static @Nullable GiftTextFormat byName(String name) {
        for (GiftTextFormat f : values()) {
            // Moodle compares the names exactly, lower case.
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return f;
            }
        }
        return null;
    }
}
