package org.sourcewise.content.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.jsoup.nodes.Element;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.ParagraphMentions;

/**
 * Citations as links to the source page: a claim's "Paragraph 8 · “key phrase”", and the paragraphs
 * that authored explanations and feedback name ("(paragraph 3)"). Every view that shows a citation
 * makes it here, so that all of them lead to the same place.
 */
public final class Citations {

    private Citations() {
    }

    /** Paragraph N · “key phrase”: where a claim is in its source, in the page's language. Never the claim's key. */
    public static String text(ClaimInfo claim) {
        return Words.of("content.citation.text", claim.paragraph(), claim.keyPhrase());
    }

    /** The claim's citation, linking to its paragraph on its course's source page. */
    public static RouterLink link(ClaimInfo claim) {
        RouterLink link = toParagraph(claim.courseSlug(), claim.paragraph(), text(claim));
        link.addClassName("citation-link");
        return link;
    }

    /** A link with this text to one paragraph of a course's source page. */
    public static RouterLink toParagraph(String courseSlug, int paragraph, String text) {
        RouterLink link = new RouterLink(text, SourceView.class, new RouteParameters(SourceView.SLUG, courseSlug));
        link.setQueryParameters(QueryParameters.of(SourceView.PARAGRAPH, Integer.toString(paragraph)));
        link.getElement().setAttribute("title", Words.of("content.citation.open-paragraph", paragraph));
        return link;
    }

    /** A link to the source page of a course, at its top. */
    public static RouterLink toSource(String courseSlug, String text) {
        return new RouterLink(text, SourceView.class, new RouteParameters(SourceView.SLUG, courseSlug));
    }

    /** The source page's address within the app, at one paragraph. */
    public static String href(String courseSlug, int paragraph) {
        return SourceView.path(courseSlug) + "?" + SourceView.PARAGRAPH + "=" + paragraph;
    }

    /**
     * The Markdown with every paragraph it names linked to that paragraph of the source. Text that has
     * links or code of its own is left as it is: a link inside a link would break both.
     */
    public static String linkParagraphs(String markdown, String courseSlug) {
        if (markdown.contains("](") || markdown.contains("`")) {
            return markdown;
        }
        List<ParagraphMentions.Mention> mentions = ParagraphMentions.find(markdown);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (ParagraphMentions.Mention m : mentions) {
            out.append(markdown, at, m.start()).append('[').append(markdown, m.start(), m.end()).append("](")
                    .append(href(courseSlug, m.paragraph())).append(')');
            at = m.end();
        }
        return out.append(markdown.substring(at)).toString();
    }

    /**
     * The claim's citation as a link in a piece of HTML, for pages that draw many claims at once: the
     * same address, words and title as {@link #link(ClaimInfo)}, and Vaadin's router still follows it.
     */
    public static Element linkHtml(ClaimInfo claim) {
        return paragraphLinkHtml(claim.courseSlug(), claim.paragraph(), text(claim)).addClass("citation-link");
    }

    /** Plain text appended to {@code parent}, every paragraph it names a link to that paragraph of the source. */
    public static Element appendWithParagraphLinks(Element parent, String text, String courseSlug) {
        int at = 0;
        for (ParagraphMentions.Mention m : ParagraphMentions.find(text)) {
            if (m.start() > at) {
                parent.appendText(text.substring(at, m.start()));
            }
            // inside a sentence, colour alone would not tell the link from the text (WCAG 1.4.1)
            parent.appendChild(paragraphLinkHtml(courseSlug, m.paragraph(), text.substring(m.start(), m.end())).addClass("paragraph-link"));
            at = m.end();
        }
        if (at < text.length()) {
            parent.appendText(text.substring(at));
        }
        return parent;
    }

    private static Element paragraphLinkHtml(String courseSlug, int paragraph, String text) {
        // router-link: the browser's Vaadin follows it within the page, as it does a RouterLink
        return new Element("a").attr("href", href(courseSlug, paragraph)).attr("router-link", true)
                .attr("title", Words.of("content.citation.open-paragraph", paragraph)).text(text);
    }
}
