package org.sourcewise.content.drafting;

import java.util.Locale;
import java.util.Optional;

/** How an article's text is written. */
public enum ArticleFormat {
    TEXT("Plain text"),
    MARKDOWN("Markdown"),
    HTML("HTML");

    private final String label;

    ArticleFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A guess from the text itself: HTML when it has HTML's block tags, Markdown when it has Markdown's marks. */
    public static ArticleFormat guess(String text) {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<") && (lower.contains("</p>") || lower.contains("<html") || lower.contains("<body")
                || lower.contains("<br"))) {
            return HTML;
        }
        // a page pasted with a line of text before its first tag is still a page
        if (lower.split("</p>", -1).length > 3) {
            return HTML;
        }
        if (t.contains("**") || t.contains("](") || t.lines().anyMatch(l -> l.startsWith("# ") || l.startsWith("## "))) {
            return MARKDOWN;
        }
        return TEXT;
    }

    /** The format of an uploaded file, by its extension: .txt, .md/.markdown, .html/.htm; empty for others. */
    public static Optional<ArticleFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }
}
