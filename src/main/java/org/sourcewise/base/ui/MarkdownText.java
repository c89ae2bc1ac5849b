package org.sourcewise.base.ui;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown rendered on the server into safe HTML: raw HTML in the source is escaped, never passed
 * through, and link targets are sanitised, so authored or imported text cannot inject script.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownText() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** Inline text without Markdown emphasis marks, for text set as plain text. */
    public static String plain(String markdown) {
        return markdown == null ? "" : markdown.replaceAll("(\\*\\*|__|(?<![\\w*])[*_]|[*_](?![\\w*]))", "");
    }

    /** A component showing the Markdown; {@code styleClass} lets a view tune spacing. */
    public static Html of(String markdown, String styleClass) {
        return new Html("<div class=\"md " + styleClass + "\">" + toHtml(markdown) + "</div>");
    }
}
