package org.sourcewise.base.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.Html;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.browser.ui.Words;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown rendered on the server into safe HTML: raw HTML in the source is escaped, never passed
 * through, and link targets are sanitised, so authored or imported text cannot inject script. Links
 * go only to http, https and mailto addresses or within the app ({@code data:} and {@code javascript:}
 * links become plain text), and images come only from the app itself or from the hosts an admin
 * allowed ({@code sourcewise.content.image-hosts}): an image from elsewhere, a tracking pixel for
 * instance, is shown as its description instead, so that a student's browser never calls it.
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

    private static volatile Set<String> imageHosts = Set.of();

    private MarkdownText() {
    }

    /** The hosts images may come from besides the app itself; set once at start-up. */
    static void allowImagesFrom(Collection<String> hosts) {
        imageHosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        RENDERED.invalidateAll();
    }

    public static String toHtml(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > CACHED_LENGTH) {
            return render(text);
        }
        // the words for a refused image are in the page's language, so the language is part of the key
        return RENDERED.get(Words.locale().getLanguage() + ":" + text, key -> render(text));
    }

    private static String render(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(new OnlyAllowedTargets());
        return RENDERER.render(document);
    }

    /** Turns links and images that may not be followed into the text they carry. */
    private static final class OnlyAllowedTargets extends AbstractVisitor {

        @Override
        public void visit(Link link) {
            if (!linkAllowed(link.getDestination())) {
                unwrap(link);
                return;
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            if (!imageAllowed(image.getDestination())) {
                String description = altText(image);
                image.insertBefore(new Text(description.isBlank()
                        ? Words.of("base.markdown.image-refused")
                        : Words.of("base.markdown.image-refused-described", description)));
                image.unlink();
            }
        }

        private static void unwrap(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }

        private static String altText(Node image) {
            StringBuilder text = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }
            });
            return text.toString();
        }
    }

    private static @Nullable String scheme(String destination) {
        int colon = destination.indexOf(':');
        int slash = destination.indexOf('/');
        if (colon <= 0 || (slash >= 0 && slash < colon)) {
            return null;
        }
        return destination.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }

    static boolean linkAllowed(String destination) {
        String scheme = scheme(destination.strip());
        return scheme == null || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    static boolean imageAllowed(String destination) {
        String d = destination.strip();
        String scheme = scheme(d);
        if (scheme == null) {
            return !d.startsWith("//"); // a path of the app itself, not another host without its scheme
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return false;
        }
        try {
            String host = URI.create(d).getHost();
            return host != null && imageHosts.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Inline text without Markdown emphasis marks, for text set as plain text. */
    public static String plain(String markdown) {
        return markdown == null ? "" : markdown.replaceAll("(\\*\\*|__|(?<![\\w*])[*_]|[*_](?![\\w*]))", "");
    }

    /**
     * A short text such as an option, with the inline formatting stems have (bold, italics, code, links),
     * escaped as stems are, without the paragraph a block of Markdown gets: it sits inside a radio
     * button's or checkbox's label.
     */
    public static Html inline(String markdown, String suffix) {
        String html = toHtml(markdown).strip();
        boolean oneParagraph = html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0;
        String body = oneParagraph ? html.substring(3, html.length() - 4) : html;
        String tag = oneParagraph ? "span" : "div";
        return new Html("<" + tag + " class=\"md-inline\">" + body + escape(suffix) + "</" + tag + ">");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A component showing the Markdown; {@code styleClass} lets a view tune spacing. */
    public static Html of(String markdown, String styleClass) {
        return new Html("<div class=\"md " + styleClass + "\">" + toHtml(markdown) + "</div>");
    }
}
