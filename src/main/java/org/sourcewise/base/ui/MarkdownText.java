package org.sourcewise.base.ui;

import com.vaadin.flow.component.Html;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
     * {@link #CACHED_TEXTS} entries it starts again empty; long texts (lessons) are not kept.
     */
    static final int CACHED_TEXTS = 5_000;
    private static final int CACHED_LENGTH = 4_000;
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private MarkdownText() {
    }

    public static String toHtml(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > CACHED_LENGTH) {
            return render(text);
        }
        String html = RENDERED.get(text);
        if (html == null) {
            if (RENDERED.size() >= CACHED_TEXTS) {
                RENDERED.clear();
            }
            html = render(text);
            RENDERED.put(text, html);
        }
        return html;
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
