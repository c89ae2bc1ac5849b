package org.sourcewise.content.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.CitedClaim;
import org.sourcewise.content.CourseSource;
import org.sourcewise.content.SourceParagraph;
import org.sourcewise.content.SourceService;
import org.sourcewise.content.TextRun;

/**
 * A course's source, where every citation leads: the reference and the original article, then the
 * paragraphs, numbered. The paragraph a citation names ({@code ?p=8}) is scrolled to and marked.
 * Where the course holds the article's text, each paragraph shows it with the claims' key phrases
 * highlighted; where it does not (the first course: the project never ships that article), each shows
 * the claims taken from it with their key phrases, and a link to read the paragraph in the original.
 *
 * <p>Students open the sources of their classes' courses, staff any course's; the service decides.
 */
@Route("course/:slug/source")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
@StyleSheet("context://styles/learning.css")
class SourceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";
    static final String PARAGRAPH = "p";
    /** Stands for the key phrase in a pattern that is split around it. */
    private static final String PHRASE = "\u0000";

    private final SourceService sources;
    private final boolean staff;
    private @Nullable String title;

    SourceView(SourceService sources, CurrentUser currentUser) {
        this.sources = sources;
        this.staff = !currentUser.is(Role.STUDENT);
        addClassNames("page", "learning", "source-view");
    }

    static String path(String courseSlug) {
        return "course/" + courseSlug + "/source";
    }

    @Override
    public String getPageTitle() {
        return title != null ? title : getTranslation("content.source.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the same view is reused when a citation leads from one paragraph to another
        removeAll();
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        // the app's one "Page not found", alike for a course that does not exist and one outside the student's classes
        CourseSource source = sources.source(slug).orElseThrow(() -> new NotFoundException("no source of course '" + slug + "' for this user")); // not shown
        Integer cited = event.getLocation().getQueryParameters().getSingleParameter(PARAGRAPH).map(SourceView::number).orElse(null);
        show(source, cited);
    }

    private static @Nullable Integer number(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void show(CourseSource source, @Nullable Integer cited) {
        title = getTranslation("content.source.title-of", source.reference().title());
        Anchor back = staff ? new Anchor("courses", getTranslation("content.source.back-courses"))
                : new Anchor("lessons", getTranslation("content.source.back-lessons"));
        back.addClassName("back-link");
        add(back, header(source));

        int count = source.paragraphs().size();
        Paragraph about = new Paragraph(source.textStored() ? getTranslation("content.source.about-stored", count)
                : getTranslation("content.source.about-not-stored", count));
        about.addClassNames("muted", "source-about");
        add(about);

        if (cited != null && source.paragraph(cited).isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("content.source.no-such-paragraph", cited, count));
            none.addClassName("notice");
            none.setId("no-such-paragraph");
            add(none);
        }

        OrderedList list = new OrderedList();
        list.addClassName("source-paragraphs");
        ListItem target = null;
        for (SourceParagraph paragraph : source.paragraphs()) {
            boolean isCited = cited != null && paragraph.number() == cited;
            ListItem item = paragraph(paragraph, source.textStored(), isCited, source.language());
            if (isCited) {
                target = item;
            }
            list.add(item);
        }
        add(list);
        if (target != null) {
            scrollTo(target);
        }
    }

    /**
     * Brings the cited paragraph to the top of the view, below the app's bar (scroll-margin-top in
     * app.css), and moves the focus there so that a screen reader reads on from it. On a page opened
     * from its address this runs while the page is not laid out yet (the paragraph has no box), where
     * scrolling does nothing; so it waits, a frame at a time, until the paragraph has its box, for a few
     * seconds at most.
     */
    private static void scrollTo(ListItem paragraph) {
        paragraph.getElement().executeJs("""
                const target = this;
                let frames = 0;
                const scroll = () => {
                  if (target.offsetHeight === 0 && frames++ < 300) {
                    requestAnimationFrame(scroll);
                    return;
                  }
                  target.scrollIntoView({block: 'start'});
                  target.focus({preventScroll: true});
                };
                requestAnimationFrame(scroll);""");
    }

    private static Div header(CourseSource source) {
        Span course = new Span(Words.of("content.source.of-course", source.courseTitle()));
        course.addClassName("source-course");
        H1 heading = new H1(source.reference().title());
        heading.addClassName("source-heading");
        Div head = new Div(course, heading);
        head.addClassNames("card", "source-head");
        String byline = SourceReference.byline(source.reference());
        if (!byline.isEmpty()) {
            Paragraph by = new Paragraph(byline);
            by.addClassName("source-byline");
            head.add(by);
        }
        Anchor original = SourceReference.original(source.reference(), Words.of("content.reference.read-original"));
        if (original != null) {
            original.addClassName("button-link");
            head.add(original);
        }
        return head;
    }

    private static ListItem paragraph(SourceParagraph paragraph, boolean textStored, boolean cited, String language) {
        ListItem item = new ListItem();
        item.setId("p" + paragraph.number());
        item.addClassNames("card", "source-paragraph");
        H2 heading = new H2(Words.of("content.source.paragraph", paragraph.number()));
        Div head = new Div(heading);
        head.addClassName("source-paragraph-head");
        if (cited) {
            item.addClassName("cited");
            // focusable, so that a screen reader's reading starts at the cited paragraph
            item.getElement().setAttribute("tabindex", "-1");
            Span badge = new Span(Words.of("content.source.cited"));
            badge.addClassNames("badge", "badge-cited");
            head.add(badge);
        }
        item.add(head);

        if (textStored && paragraph.text() != null) {
            Paragraph text = new Paragraph();
            text.addClassName("source-text");
            text.getElement().setAttribute("lang", language);
            for (TextRun run : paragraph.runs()) {
                text.add(run.marked() ? new Mark(run.text()) : new Text(run.text()));
            }
            item.add(text);
            if (!paragraph.claims().isEmpty()) {
                Span label = new Span(Words.of("content.source.claims-taken", paragraph.claims().size()));
                label.addClassName("source-claims-label");
                UnorderedList claims = new UnorderedList();
                claims.addClassNames("source-claims", "compact");
                paragraph.claims().forEach(c -> claims.add(claim(c, false, language)));
                item.add(label, claims);
            }
            return item;
        }

        if (paragraph.claims().isEmpty()) {
            Paragraph none = new Paragraph(Words.of("content.source.no-claim"));
            none.addClassName("muted");
            item.add(none);
        } else {
            UnorderedList claims = new UnorderedList();
            claims.addClassName("source-claims");
            paragraph.claims().forEach(c -> claims.add(claim(c, true, language)));
            item.add(claims);
        }
        if (paragraph.originalUrl() != null) {
            item.add(SourceReference.external(paragraph.originalUrl(), Words.of("content.source.read-paragraph", paragraph.number()),
                    Words.of("content.source.read-paragraph-label", paragraph.number()), "source-original"));
        }
        return item;
    }

    /** A claim: its kind (the app's word), and its statement and key phrase, in the course's language. */
    private static ListItem claim(CitedClaim claim, boolean withKeyPhrase, String language) {
        Span kind = new Span(ClaimKinds.label(claim.kind()));
        kind.addClassNames("badge", "kind", "kind-" + claim.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span statement = new Span(claim.statement());
        statement.addClassName("source-claim-statement");
        statement.getElement().setAttribute("lang", language);
        ListItem item = new ListItem(kind, statement);
        item.addClassName("source-claim");
        if (withKeyPhrase) {
            Mark phrase = new Mark(claim.keyPhrase());
            phrase.getElement().setAttribute("lang", language);
            // the words around the key phrase, which is a component of its own: the pattern split at its parameter
            String around = Words.of("content.source.in-the-article", PHRASE);
            int at = Math.max(0, around.indexOf(PHRASE));
            Span words = new Span(new Text(around.substring(0, at)), phrase, new Text(around.substring(at).replace(PHRASE, "")));
            words.addClassName("source-key-phrase");
            item.add(words);
        }
        return item;
    }
}
