package org.sourcewise.learning.ui;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.sourcewise.base.ui.MarkdownText;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.ClaimKind;
import org.sourcewise.content.ui.Citations;
import org.sourcewise.learning.fsrs.Mastery;

/**
 * One claim as students read it: what the article says (in our words), what kind of statement it is,
 * where it is in the article (a link to that paragraph of the source), and, set apart, any context we
 * add that the article does not give.
 */
class ClaimCard extends Div {

    ClaimCard(ClaimInfo claim, @Nullable Mastery mastery, String language) {
        addClassNames("card", "claim-card");
        Span kind = new Span(kind(claim.kind()));
        kind.addClassNames("badge", "kind", "kind-" + claim.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        RouterLink citation = Citations.link(claim);
        citation.addClassName("citation");
        Div head = new Div(kind, citation);
        head.addClassName("claim-head");
        if (mastery != null) {
            Span known = new Span(label(mastery));
            known.addClassNames("claim-mastery", "claim-mastery-" + mastery.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            head.add(known);
        }
        Paragraph statement = new Paragraph(claim.statement());
        statement.addClassName("claim-statement");
        statement.getElement().setAttribute("lang", language); // the course's words, in its language
        add(head, statement);
        if (claim.contextNote() != null && !claim.contextNote().isBlank()) {
            Span label = new Span(Words.of("learning.claim.context"));
            label.addClassName("context-label");
            Span source = new Span(Words.of("learning.claim.context-source"));
            source.addClassName("muted");
            Div labelRow = new Div(label, source);
            labelRow.addClassName("context-head");
            Div note = new Div(labelRow, MarkdownText.of(claim.contextNote(), "context-text"));
            note.addClassName("context-note");
            note.getElement().setAttribute("role", "note");
            note.getElement().setAttribute("aria-label", Words.of("learning.claim.context-aria"));
            add(note);
        }
    }

    static String label(Mastery mastery) {
        return switch (mastery) {
            case MASTERED -> Words.of("learning.mastery.mastered");
            case SHAKY -> Words.of("learning.mastery.shaky");
            case NOT_SEEN -> Words.of("learning.mastery.not-seen");
        };
    }

    /** The claim's kind as a badge says it, in the page's language. */
    static String kind(ClaimKind kind) {
        return switch (kind) {
            case REPORTED_FACT -> Words.of("learning.claim.kind.reported-fact");
            case FIGURE -> Words.of("learning.claim.kind.figure");
            case ANALYSIS -> Words.of("learning.claim.kind.analysis");
            case PREDICTION -> Words.of("learning.claim.kind.prediction");
            case BACKGROUND -> Words.of("learning.claim.kind.background");
        };
    }
}
