package org.sourcewise.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.OriginalLinks;
import org.sourcewise.content.SourceRef;

/**
 * The one line that names a course's source wherever students and staff work with the course: its
 * title (leading to the source page), author, publication and date, and the original article, which
 * opens in a new tab so that the student's page stays where it was.
 */
public class SourceReference extends Div {

    /** The course's reference; shows nothing for a course that names no source. */
    public SourceReference(CourseInfo course) {
        addClassName("source-reference");
        SourceRef source = course.source();
        if (source == null) {
            setVisible(false);
            return;
        }
        Span label = new Span(getTranslation("content.reference.label"));
        label.addClassName("source-label");
        RouterLink title = Citations.toSource(course.slug(), source.title());
        title.addClassName("source-title");
        title.getElement().setAttribute("title", getTranslation("content.reference.title-tooltip"));
        add(label, title);
        String byline = byline(source);
        if (!byline.isEmpty()) {
            Span by = new Span(byline);
            by.addClassName("source-byline");
            add(by);
        }
        Anchor original = original(source, getTranslation("content.reference.read-original"));
        if (original != null) {
            add(original);
        }
    }

    /** The source's date as the page's language writes it: 13 February 2017, 13. Februar 2017. */
    static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern(Words.of("content.reference.date-pattern"), Words.locale());
    }

    /** Author · publication · date, as far as the reference gives them; the date in the page's language. */
    static String byline(SourceRef source) {
        List<String> parts = new ArrayList<>();
        if (source.author() != null && !source.author().isBlank()) {
            parts.add(source.author().strip());
        }
        if (source.publication() != null && !source.publication().isBlank()) {
            parts.add(source.publication().strip());
        }
        if (source.date() != null) {
            parts.add(dateFormat().format(source.date()));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** A link to the original article in a new tab; null when the source has no web address. */
    static @Nullable Anchor original(SourceRef source, String text) {
        String url = OriginalLinks.web(source.url());
        if (url == null) {
            return null;
        }
        String label = source.publication() == null ? Words.of("content.reference.opens-new-tab", text)
                : Words.of("content.reference.opens-new-tab-at", text, source.publication());
        return external(url, text, label, "source-original");
    }

    static Anchor external(String url, String text, String label, String className) {
        Anchor link = new Anchor(url, text, AnchorTarget.BLANK);
        // the publisher's page gets no handle on ours, nor learns which student came from where
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.getElement().setAttribute("aria-label", label);
        link.addClassName(className);
        return link;
    }
}
