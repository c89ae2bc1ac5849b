package org.sourcewise.reports.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.awt.Color;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.reports.ClaimMastery;
import org.sourcewise.reports.ClaimMasteryService;
import org.sourcewise.reports.ClaimQuestion;
import org.sourcewise.reports.ClassMastery;
import org.sourcewise.reports.charts.SvgCharts;

/**
 * Which parts of the article a class has not understood: per claim, the share of its students who
 * have it mastered and how they answered its quiz questions, weakest first, with the lesson that
 * teaches it and the questions that test it (docs/statistics.md, "Claim mastery").
 */
@Route("class/:classId/mastery")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/reports.css")
class ClassMasteryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many of the weakest claims the chart shows; the list below has them all. */
    static final int CHARTED = 12;

    /** Stands for the lesson's link inside the words around it; no words contain it. */
    private static final String LINK_MARK = "\u0000";

    /** The chart's series, in the colours of the bars on the claim cards (reports.css), named in the page's language. */
    static List<SvgCharts.Series> series() {
        return List.of(new SvgCharts.Series(Words.of("reports.mastery.mastered"), new Color(46, 125, 79)),
                new SvgCharts.Series(Words.of("reports.mastery.shaky"), new Color(224, 165, 38)),
                new SvgCharts.Series(Words.of("reports.mastery.not-seen"), new Color(200, 204, 210)));
    }

    private final ClaimMasteryService mastery;
    private String title;

    ClassMasteryView(ClaimMasteryService mastery) {
        this.mastery = mastery;
        this.title = getTranslation("reports.mastery.title");
        addClassNames("page", "page-wide", "class-mastery");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow(NotFoundException::new);
        ClassMastery result = mastery.classMastery(classId).orElseThrow(NotFoundException::new);
        title = getTranslation("reports.mastery.title-of", result.schoolClass().name());
        removeAll();
        add(new Anchor("class/" + classId + "/gradebook", getTranslation("reports.back-to-gradebook", result.schoolClass().name())));
        add(new H1(getTranslation("reports.mastery.heading", result.schoolClass().name())));
        Paragraph intro = new Paragraph(getTranslation("reports.mastery.intro", result.students(), result.claims().size()));
        intro.addClassName("muted");
        add(intro);
        if (result.claims().isEmpty()) {
            add(new Paragraph(result.courseSlug() == null ? getTranslation("reports.mastery.no-course")
                    : getTranslation("reports.mastery.no-claims")));
            return;
        }
        List<ClaimMastery> weakest = result.claims().stream().limit(CHARTED).toList();
        String chartTitle = weakest.size() < result.claims().size() ? getTranslation("reports.mastery.chart-weakest", weakest.size())
                : getTranslation("reports.mastery.chart-all");
        add(new ChartPanel(chartTitle,
                SvgCharts.stackedPercentBars(chartTitle, getTranslation("reports.mastery.axis"), series(),
                        weakest.stream().map(c -> new SvgCharts.StackedBar(c.claim().key(), List.of(share(c.mastered(), c),
                                share(c.shaky(), c), share(c.notSeen(), c)))).toList()),
                List.of(getTranslation("reports.mastery.claim"), getTranslation("reports.mastery.mastered"),
                        getTranslation("reports.mastery.shaky"), getTranslation("reports.mastery.not-seen"),
                        getTranslation("reports.mastery.quiz-answers")),
                weakest.stream().map(c -> List.of(c.claim().key(), Figures.percent(c.masteredPercent()),
                        Figures.percent(share(c.shaky(), c)), Figures.percent(share(c.notSeen(), c)),
                        c.quiz().map(Figures::percent).orElse("–"))).toList()));

        add(new H2(getTranslation("reports.mastery.all-claims")));
        Div list = new Div();
        list.addClassName("claim-mastery-list");
        result.claims().forEach(c -> list.add(card(c, result.courseSlug(), result.courseLanguage())));
        add(list);
    }

    private static Span inLanguage(Span courseText, String courseLanguage) {
        courseText.getElement().setAttribute("lang", courseLanguage);
        return courseText;
    }

    private static Div card(ClaimMastery c, @Nullable String courseSlug, String courseLanguage) {
        Div card = new Div();
        card.addClassNames("card", "claim-mastery");
        Span key = new Span(c.claim().key());
        key.addClassNames("badge", "claim-key");
        Span statement = new Span(c.claim().statement());
        statement.getElement().setAttribute("lang", courseLanguage); // the course's words, in its language
        statement.addClassName("claim-statement");
        Div top = new Div(key, statement);
        top.addClassName("claim-top");
        card.add(top);

        Span where = new Span();
        where.addClassNames("muted", "claim-where");
        if (c.lessonId() == null) {
            where.setText(Words.of("reports.mastery.in-no-lesson", c.claim().paragraph()));
        } else {
            Anchor lesson = new Anchor(lessonHref(c.lessonId()), c.lessonTitle());
            lesson.addClassName("claim-lesson-link");
            lesson.getElement().setAttribute("title", Words.of("reports.mastery.lesson-link-title"));
            // the lesson's link goes where the words put it: split the sentence around a mark in its place
            String[] around = Words.of("reports.mastery.in-lesson", LINK_MARK, c.claim().paragraph()).split(LINK_MARK, 2);
            where.add(new Span(around[0]), lesson, new Span(around.length > 1 ? around[1] : ""));
        }
        card.add(where);

        card.add(bar(c));
        Span figures = new Span(figures(c));
        figures.addClassName("claim-figures");
        card.add(figures);

        if (!c.questions().isEmpty()) {
            UnorderedList questions = new UnorderedList();
            questions.addClassName("claim-questions");
            for (ClaimQuestion q : c.questions()) {
                Span k = new Span(q.key());
                k.addClassName("mono");
                com.vaadin.flow.component.Component questionKey = courseSlug == null ? k
                        : new Anchor(bankHref(courseSlug, c.claim().key(), q.key()), k);
                questions.add(new ListItem(questionKey, inLanguage(new Span(" " + q.stem()), courseLanguage)));
            }
            Div content = new Div(questions);
            if (courseSlug != null) {
                Anchor bank = new Anchor(bankHref(courseSlug, c.claim().key(), null),
                        Words.of("reports.mastery.open-in-bank"));
                bank.addClassName("claim-bank-link");
                content.add(bank);
            }
            Details details = new Details(Words.of("reports.mastery.questions", c.questions().size()), content);
            details.addClassName("claim-questions-details");
            card.add(details);
        } else {
            Span none = new Span(Words.of("reports.mastery.no-question"));
            none.addClassName("muted");
            card.add(none);
        }
        return card;
    }

    /** The lesson page, which staff see read-only. */
    static String lessonHref(long lessonId) {
        return "lesson/" + lessonId;
    }

    /** The course's question bank filtered to the claim, with one question selected when {@code questionKey} is given. */
    static String bankHref(String courseSlug, String claimKey, @Nullable String questionKey) {
        return "course/" + courseSlug + "/bank?claim=" + URLEncoder.encode(claimKey, StandardCharsets.UTF_8)
                + (questionKey == null ? "" : "&question=" + URLEncoder.encode(questionKey, StandardCharsets.UTF_8));
    }

    /** "Mastered by 2 of 30 (6.7%) · shaky 10 · not yet seen 18 · quiz answers 64.0% (45 answers by 20 students)". */
    static String figures(ClaimMastery c) {
        String answers = c.quiz().map(p -> Words.of("reports.mastery.figures-answers", Figures.percent(p), c.responses(), c.respondents()))
                .orElseGet(() -> Words.of("reports.mastery.figures-no-answers"));
        return Words.of("reports.mastery.figures", c.mastered(), c.students(), Figures.percent(c.masteredPercent()), c.shaky(),
                c.notSeen(), answers);
    }

    private static double share(int students, ClaimMastery c) {
        return c.students() == 0 ? 0 : 100.0 * students / c.students();
    }

    private static Div bar(ClaimMastery c) {
        Div bar = new Div();
        bar.addClassName("mastery-stack");
        bar.getElement().setAttribute("aria-hidden", "true");
        int total = Math.max(1, c.students());
        for (var part : List.of(new Object[]{"mastered", c.mastered()}, new Object[]{"shaky", c.shaky()},
                new Object[]{"not-seen", c.notSeen()})) {
            int n = (Integer) part[1];
            if (n > 0) {
                Span segment = new Span();
                segment.addClassNames("segment", "segment-" + part[0]);
                segment.getStyle().set("width", String.format(Locale.ROOT, "%.3f%%", 100.0 * n / total));
                bar.add(segment);
            }
        }
        return bar;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
