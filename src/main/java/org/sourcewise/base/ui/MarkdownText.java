package org.sourcewise.base.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    /**
     * Rendered short texts: a thousand students taking one quiz show the same stems, and parsing each
     * again was a tenth of the CPU of moving to the next question (docs/performance.md). Bounded: past
     * {@link #CACHED_TEXTS} entries (Caffeine keeps the ones most used); long texts (lessons) are not kept.
     */
    static final int CACHED_TEXTS = 5_000;
    private static final int CACHED_LENGTH = 4_000;
    private static final Cache<String, String> RENDERED = Caffeine.newBuilder().maximumSize(CACHED_TEXTS).build();

    private MarkdownText() {
    }

    public static String toHtml(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > CACHED_LENGTH) {
            return render(text);
        }
        return RENDERED.get(text, MarkdownText::render);
    }

    private static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
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
