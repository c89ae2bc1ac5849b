package org.sourcewise.reports.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sourcewise.reports.QuizStatisticsResult;
import org.sourcewise.reports.QuizStatisticsService;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.sourcewise.reports.statistics.QuestionFlag;
import org.sourcewise.reports.statistics.QuestionStatistics;
import org.sourcewise.reports.statistics.TestStatistics;

/**
 * A quiz's statistics (docs/statistics.md): summary figures, the score distribution as server-side
 * SVG, and a row per question with facility, discrimination and the flags that call for a review.
 */
@Route("quiz/:quizId/statistics")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/reports.css")
class QuizStatisticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizStatisticsService statistics;
    private final Div body = new Div();
    private String title = "Quiz statistics · Sourcewise";
    private long quizId;

    QuizStatisticsView(QuizStatisticsService statistics) {
        this.statistics = statistics;
        addClassNames("page", "page-wide", "quiz-statistics");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        quizId = event.getRouteParameters().getLong("quizId").orElseThrow(NotFoundException::new);
        QuizStatisticsResult result = statistics.statistics(quizId, AttemptSelection.FIRST).orElseThrow(NotFoundException::new);
        title = "Statistics: " + result.quiz().title() + " · Sourcewise";
        removeAll();
        add(new H1("Statistics: " + result.quiz().title()));
        Select<AttemptSelection> selection = new Select<>();
        selection.setLabel("Attempts counted");
        selection.setItems(AttemptSelection.values());
        selection.setItemLabelGenerator(s -> switch (s) {
            case FIRST -> "First attempt of each student";
            case HIGHEST -> "Highest-scoring attempt of each student";
            case LAST -> "Last attempt of each student";
            case ALL -> "All attempts";
        });
        selection.setValue(AttemptSelection.FIRST);
        selection.addValueChangeListener(e -> show(statistics.statistics(quizId, e.getValue()).orElseThrow()));
        body.setWidthFull();
        add(selection, body);
        show(result);
    }

    private void show(QuizStatisticsResult result) {
        body.removeAll();
        TestStatistics t = result.report().test();
        Div summary = new Div();
        summary.addClassNames("card", "stat-summary");
        summary.add(figure("Attempts", String.valueOf(t.attemptCount())), figure("Mean", Figures.percent(t.meanPercent())),
                figure("Median", Figures.percent(t.medianPercent())), figure("Standard deviation", Figures.percent(t.standardDeviationPercent())),
                figure("Cronbach's alpha", Figures.number(t.cronbachAlpha())), figure("Error ratio", Figures.percent(t.errorRatioPercent())),
                figure("Standard error", Figures.percent(t.standardErrorPercent())));
        body.add(summary);
        if (result.leftOutAwaitingGrading() > 0) {
            Paragraph note = new Paragraph(result.leftOutAwaitingGrading() + " submitted attempt(s) wait for grading and are not counted.");
            note.addClassName("muted");
            body.add(note);
        }
        if (t.attemptCount() == 0) {
            body.add(new Paragraph("No submitted attempt yet."));
            return;
        }
        body.add(new H2("Score distribution"));
        Div chart = new Div(new Html(HistogramSvg.render(t.histogram())));
        chart.addClassNames("card", "histogram-card");
        body.add(chart);

        body.add(new H2("Questions"));
        Paragraph legend = new Paragraph("Facility: share of marks earned. Discrimination: correlation with the rest of the quiz. "
                + "Flagged rows deserve a second look.");
        legend.addClassName("muted");
        body.add(legend);
        Grid<QuestionStatistics> grid = new Grid<>();
        grid.addClassName("question-grid");
        grid.addColumn(q -> result.questionKeys().getOrDefault(q.questionId(), q.questionId())).setHeader("Question")
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(QuestionStatistics::attemptCount).setHeader("Attempts").setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> Figures.percent(q.facilityPercent())).setHeader("Facility")
                .setComparator(Comparator.comparingDouble(QuestionStatistics::facilityPercent)).setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.standardDeviationPercent())).setHeader("SD").setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.discriminationIndexPercent())).setHeader("Discrimination")
                .setComparator(Comparator.comparingDouble(q -> q.discriminationIndexPercent().orElse(-1000))).setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.discriminativeEfficiencyPercent())).setHeader("Disc. efficiency").setAutoWidth(true);
        grid.addColumn(q -> q.choices().map(c -> c.options().stream()
                        .map(o -> (char) ('A' + o.index()) + (o.key() ? "*" : "") + " " + o.chosen())
                        .collect(Collectors.joining(" · ")) + (c.unanswered() > 0 ? " · none " + c.unanswered() : ""))
                .orElse("")).setHeader("Options chosen (* key)").setAutoWidth(true);
        grid.addComponentColumn(q -> {
            Span flags = new Span();
            for (QuestionFlag flag : q.flags()) {
                Span badge = new Span(flag.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                badge.addClassNames("badge", "badge-flag");
                flags.add(badge);
            }
            return flags;
        }).setHeader("Flags").setAutoWidth(true)
                .setComparator(Comparator.comparingInt(q -> q.flags().size()));
        grid.setPartNameGenerator(q -> q.needsReview() ? "flagged" : null);
        grid.setItems(result.report().questions());
        grid.setAllRowsVisible(true);
        body.add(grid);
    }

    private static Div figure(String label, String value) {
        Span v = new Span(value);
        v.addClassName("stat-value");
        Span l = new Span(label);
        l.addClassName("muted");
        Div d = new Div(v, l);
        d.addClassName("stat");
        return d;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
