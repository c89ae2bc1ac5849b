package org.sourcewise.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article, as plain text or light Markdown, into its numbered body paragraphs, following the
 * counting rule of docs/course-format.md: after the byline, blocks separated by blank lines, without
 * section headings, publisher's promotions and the italic author biography. Plain Java.
 */
public final class ArticleText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("[*_]+");

    private ArticleText() {
    }

    /** The body paragraphs in reading order, Markdown emphasis and links reduced to their text. */
    public static List<String> bodyParagraphs(String article) {
        String[] blocks = article.replace("\r\n", "\n").strip().split("\\n\\s*\\n");
        int start = 0;
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i].strip().startsWith("By ")) {
                start = i + 1;
                break;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = start; i < blocks.length; i++) {
            String raw = blocks[i].strip();
            if (raw.isEmpty() || isBiography(raw) || raw.startsWith("Enjoying this article")) {
                continue;
            }
            String text = plain(raw);
            if (isHeading(text)) {
                continue;
            }
            paragraphs.add(text);
        }
        return paragraphs;
    }

    /** Markdown links become their text; emphasis marks go; whitespace collapses. */
    public static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        return text.replace("\\$", "$").replaceAll("\\s+", " ").strip();
    }

    private static boolean isBiography(String raw) {
        return raw.startsWith("*") && raw.endsWith("*") && !raw.startsWith("**");
    }

    /** A heading is one short line that does not end like a sentence. */
    private static boolean isHeading(String text) {
        return !text.contains("\n") && text.split(" ").length <= 14 && !text.matches(".*[.?!:\"'\u201d)]$");
    }
}
